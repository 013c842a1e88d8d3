import { z } from 'zod';

/** The sign-in pages Teams must trust for the bot's OAuth card (Teams bot SSO docs). */
export const TOKEN_SERVICE_DOMAIN = 'token.botframework.com';

const ManifestWithDomainsSchema = z.looseObject({ validDomains: z.array(z.string()).default([]) });

/**
 * What Teams single sign-on needs in the manifest of a bot without a tab: `webApplicationInfo` naming
 * the Microsoft Entra app and its application ID URI `api://botid-{app id}`, and the token service
 * among the valid domains. Added only when the bot signs in (OAUTH_CONNECTION_NAME is set).
 */
export function withSingleSignOn(manifest: unknown, microsoftAppId: string): z.core.util.JSONType {
  const parsed = ManifestWithDomainsSchema.parse(manifest);
  const validDomains = parsed.validDomains.includes(TOKEN_SERVICE_DOMAIN) ? parsed.validDomains : [...parsed.validDomains, TOKEN_SERVICE_DOMAIN];
  return z.json().parse({ ...parsed, validDomains, webApplicationInfo: { id: microsoftAppId, resource: `api://botid-${microsoftAppId}` } });
}
