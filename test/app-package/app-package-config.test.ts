import { describe, expect, it } from 'vitest';
import { PackagingConfigError, readPackagingConfig } from '../../scripts/app-package-config.js';

const APP_ID = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';

function configError(env: Record<string, string | undefined>): PackagingConfigError {
  try {
    readPackagingConfig(env);
  } catch (error) {
    if (error instanceof PackagingConfigError) return error;
    throw error;
  }
  throw new Error('expected readPackagingConfig to reject the environment');
}

describe('readPackagingConfig', () => {
  it('reads the app id and the optional bot domain', () => {
    expect(readPackagingConfig({ MicrosoftAppId: APP_ID })).toEqual({ microsoftAppId: APP_ID });
    expect(readPackagingConfig({ MicrosoftAppId: APP_ID, BOT_DOMAIN: 'upgrade-bot.azurewebsites.net' })).toEqual({
      microsoftAppId: APP_ID,
      botDomain: 'upgrade-bot.azurewebsites.net',
    });
  });

  it('treats an empty BOT_DOMAIN as not set', () => {
    expect(readPackagingConfig({ MicrosoftAppId: APP_ID, BOT_DOMAIN: '' })).toEqual({ microsoftAppId: APP_ID });
  });

  it.each([
    ['not set', {}],
    ['empty, as `MicrosoftAppId=` in .env gives', { MicrosoftAppId: '' }],
    ['blank', { MicrosoftAppId: '   ' }],
  ])('says MicrosoftAppId is missing when it is %s', (_case, env) => {
    expect(configError(env).message).toMatch(/^MicrosoftAppId is missing/);
  });

  it.each(['not-a-guid', `${APP_ID}0`, `{${APP_ID}}`, APP_ID.replaceAll('-', '')])(
    'says MicrosoftAppId must be a GUID and shows the bad value "%s"',
    (badId) => {
      const { message } = configError({ MicrosoftAppId: badId });
      expect(message).toMatch(/^MicrosoftAppId must be a GUID/);
      expect(message).toContain(`"${badId}"`);
    },
  );

  it.each(['https://upgrade-bot.azurewebsites.net', 'upgrade-bot.azurewebsites.net/api/messages', 'localhost:3978'])(
    'rejects BOT_DOMAIN "%s", which is not a bare host name',
    (domain) => {
      expect(configError({ MicrosoftAppId: APP_ID, BOT_DOMAIN: domain }).message).toMatch(/^BOT_DOMAIN must be a bare host name/);
    },
  );

  it('reports every bad variable at once', () => {
    const lines = configError({ MicrosoftAppId: 'x', BOT_DOMAIN: 'https://x' }).message.split('\n');
    expect(lines).toHaveLength(2);
  });
});
