import { z } from 'zod';

/** What packaging needs from the environment, already checked. */
export interface PackagingConfig {
  /** The bot's Microsoft App ID: both the Teams app id and the bot id. */
  readonly microsoftAppId: string;
  /** Host name the bot is served from (e.g. mybot.azurewebsites.net), listed in validDomains when set. */
  readonly botDomain?: string;
  /** The bot signs in ("Check my tenant"): the manifest declares what Teams single sign-on needs. */
  readonly singleSignOn?: boolean;
}

/** Thrown when the environment cannot produce a package; its message names the variable to fix. */
export class PackagingConfigError extends Error {
  override readonly name = 'PackagingConfigError';
}

// `KEY=` in a .env file arrives as an empty string: treat it as not set.
const blankAsMissing = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const PackagingEnvSchema = z.object({
  MicrosoftAppId: z.preprocess(
    blankAsMissing,
    z.guid({
      error: (issue) =>
        issue.input === undefined
          ? "MicrosoftAppId is missing: set it to the bot's Microsoft App ID (a GUID) in the environment or in .env"
          : `MicrosoftAppId must be a GUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301, got "${String(issue.input)}"`,
    }),
  ),
  BOT_DOMAIN: z.preprocess(
    blankAsMissing,
    z
      .hostname({
        error: (issue) =>
          `BOT_DOMAIN must be a bare host name such as mybot.azurewebsites.net (no https://, port or path), got "${String(issue.input)}"`,
      })
      .optional(),
  ),
  OAUTH_CONNECTION_NAME: z.preprocess(blankAsMissing, z.string().optional()),
});

/** Reads the packaging configuration from an environment (process.env after dotenv has filled it). */
export function readPackagingConfig(env: Readonly<Record<string, string | undefined>>): PackagingConfig {
  const parsed = PackagingEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new PackagingConfigError(parsed.error.issues.map((issue) => issue.message).join('\n'));
  }
  const { MicrosoftAppId, BOT_DOMAIN, OAUTH_CONNECTION_NAME } = parsed.data;
  return {
    microsoftAppId: MicrosoftAppId,
    ...(BOT_DOMAIN === undefined ? {} : { botDomain: BOT_DOMAIN }),
    ...(OAUTH_CONNECTION_NAME === undefined ? {} : { singleSignOn: true }),
  };
}
