import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { assembleAppPackage, MANIFEST_FILE } from '../../scripts/app-package-build.js';
import { readPackagingConfig } from '../../scripts/app-package-config.js';

const APP_ID = '0b6e3d52-8f7a-4c1e-9d2b-5a4f3e2d1c0b';

const ManifestSchema = z.looseObject({
  validDomains: z.array(z.string()),
  webApplicationInfo: z.object({ id: z.string(), resource: z.string() }).optional(),
});

function manifestFor(env: Record<string, string>): z.infer<typeof ManifestSchema> {
  const files = assembleAppPackage(readPackagingConfig(env));
  return ManifestSchema.parse(JSON.parse(new TextDecoder().decode(files[MANIFEST_FILE])));
}

describe('the Teams app package and single sign-on', () => {
  it('with an OAuth connection, declares the Entra app and the token service (and stays valid for Teams)', () => {
    const manifest = manifestFor({ MicrosoftAppId: APP_ID, BOT_DOMAIN: 'upgrade-bot.azurewebsites.net', OAUTH_CONNECTION_NAME: 'graph' });
    expect(manifest.webApplicationInfo).toEqual({ id: APP_ID, resource: `api://botid-${APP_ID}` });
    expect(manifest.validDomains).toEqual(['upgrade-bot.azurewebsites.net', 'token.botframework.com']);
  });

  it('without one, the manifest is as before', () => {
    const manifest = manifestFor({ MicrosoftAppId: APP_ID, BOT_DOMAIN: 'upgrade-bot.azurewebsites.net' });
    expect(manifest.webApplicationInfo).toBeUndefined();
    expect(manifest.validDomains).toEqual(['upgrade-bot.azurewebsites.net']);
  });
});
