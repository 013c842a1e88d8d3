import { readFileSync } from 'node:fs';
import { parse } from 'dotenv';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../bot/config.js';

const APP_ID = '3f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a5b';

function problemsOf(env: NodeJS.ProcessEnv): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('fills every default from an empty environment', () => {
    expect(loadConfig({})).toEqual({
      MicrosoftAppId: undefined,
      MicrosoftAppPassword: undefined,
      MicrosoftAppType: 'MultiTenant',
      MicrosoftAppTenantId: undefined,
      PORT: 3978,
      HOST: '127.0.0.1',
      MAX_CONNECTIONS: 1000,
      STORAGE: 'lowdb',
      DATA_DIR: './data',
      LOWDB_COMPACT_AFTER_KB: 4096,
      BLOB_CONNECTION_STRING: undefined,
      BLOB_CONTAINER_NAME: undefined,
      QUEUE_CONNECTION_STRING: undefined,
      QUEUE_NAME: 'upgrade-assistant-check-backs',
      QUEUE_POLL_SECONDS: 5,
      CHECK_BACK_LEASE_SECONDS: 300,
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'auto',
      SUPPORT_AGENT_IDS: [],
      BOTBUILDER_PATH: 'tuned',
      TELEMETRY_INCLUDE_TEXT: false,
    });
  });

  it('reads telemetry settings: a connection string with an instrumentation key, and the text switch', () => {
    const connectionString = 'InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/';
    expect(loadConfig({ APPLICATIONINSIGHTS_CONNECTION_STRING: connectionString, TELEMETRY_INCLUDE_TEXT: 'true' })).toMatchObject({
      APPLICATIONINSIGHTS_CONNECTION_STRING: connectionString,
      TELEMETRY_INCLUDE_TEXT: true,
    });
  });

  it('listens on loopback only without an app id (no request is authenticated), on every interface with one', () => {
    expect(loadConfig({}).HOST).toBe('127.0.0.1');
    expect(loadConfig({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'x' }).HOST).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0');
  });

  it('runs botbuilder\'s stock path when BOTBUILDER_PATH=stock, and refuses anything else', () => {
    expect(loadConfig({ BOTBUILDER_PATH: 'stock' }).BOTBUILDER_PATH).toBe('stock');
    expect(() => loadConfig({ BOTBUILDER_PATH: 'fast' })).toThrow('BOTBUILDER_PATH must be one of tuned, stock (got "fast")');
  });

  it('treats empty and blank strings as unset', () => {
    const config = loadConfig({ PORT: '', HOST: '  ', STORAGE: '', MicrosoftAppId: '', MicrosoftAppPassword: '' });
    expect(config).toMatchObject({ PORT: 3978, HOST: '127.0.0.1', STORAGE: 'lowdb', MicrosoftAppId: undefined });
  });

  it('reads a full production environment', () => {
    const config = loadConfig({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'secret',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: 'contoso.onmicrosoft.com',
      PORT: '8080',
      HOST: '::',
      STORAGE: 'blobs',
      BLOB_CONNECTION_STRING: 'UseDevelopmentStorage=true',
      BLOB_CONTAINER_NAME: 'bot-state',
      LOG_LEVEL: 'warn',
      SUPPORT_AGENT_IDS: ' agent-1, agent-2,,agent-1 ',
    });
    expect(config).toMatchObject({ PORT: 8080, HOST: '::', STORAGE: 'blobs', MicrosoftAppType: 'SingleTenant', LOG_LEVEL: 'warn' });
    expect(config.SUPPORT_AGENT_IDS).toEqual(['agent-1', 'agent-2']);
  });

  it('ignores variables it does not know', () => {
    expect(loadConfig({ PATH: '/usr/bin', HOME: '/root' }).PORT).toBe(3978);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a whole number from 1 to 65535 (got "abc")'],
    [{ PORT: '0' }, 'PORT must be a whole number from 1 to 65535 (got "0")'],
    [{ PORT: '65536' }, 'PORT must be a whole number from 1 to 65535 (got "65536")'],
    [{ PORT: '80.5' }, 'PORT must be a whole number from 1 to 65535 (got "80.5")'],
    [{ HOST: 'not a host' }, 'HOST must be an IP address or a host name (got "not a host")'],
    [{ LOWDB_COMPACT_AFTER_KB: '8' }, 'LOWDB_COMPACT_AFTER_KB must be a whole number of kilobytes from 64 to 1048576 (got "8")'],
    [{ STORAGE: 's3' }, 'STORAGE must be one of lowdb, blobs, memory (got "s3")'],
    [{ MAX_CONNECTIONS: '8' }, 'MAX_CONNECTIONS must be a whole number from 16 to 100000 (got "8")'],
    [{ PUBLIC_URL: 'ftp://bot.contoso.com' }, 'PUBLIC_URL must be an http or https URL such as https://bot.contoso.com (got "ftp://bot.contoso.com")'],
    [{ PUBLIC_URL: 'https://bot.contoso.com/?next=1' }, 'PUBLIC_URL must have no query, fragment or user name (got "https://bot.contoso.com/?next=1")'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")'],
    [{ MicrosoftAppType: 'multitenant' }, 'MicrosoftAppType must be one of MultiTenant, SingleTenant, UserAssignedMSI (got "multitenant")'],
    [{ MicrosoftAppId: 'my-bot', MicrosoftAppPassword: 'x' }, 'MicrosoftAppId must be a GUID such as 00000000-0000-0000-0000-000000000000 (got "my-bot")'],
    [{ STORAGE: 'blobs', BLOB_CONTAINER_NAME: 'state' }, 'BLOB_CONNECTION_STRING is required when STORAGE is blobs'],
    [{ STORAGE: 'blobs', BLOB_CONNECTION_STRING: 'UseDevelopmentStorage=true' }, 'BLOB_CONTAINER_NAME is required when STORAGE is blobs'],
    [{ QUEUE_NAME: 'Check_Backs' }, 'QUEUE_NAME must be 3 to 56 lowercase letters, digits or single hyphens, starting and ending with a letter or digit (its poison queue adds "-poison") (got "Check_Backs")'],
    [{ QUEUE_NAME: 'q'.repeat(57) }, `QUEUE_NAME must be 3 to 56 lowercase letters, digits or single hyphens, starting and ending with a letter or digit (its poison queue adds "-poison") (got "${'q'.repeat(57)}")`],
    [{ QUEUE_POLL_SECONDS: '0' }, 'QUEUE_POLL_SECONDS must be a whole number of seconds from 1 to 60 (got "0")'],
    [{ CHECK_BACK_LEASE_SECONDS: '5m' }, 'CHECK_BACK_LEASE_SECONDS must be a whole number of seconds from 10 to 3600 (got "5m")'],
    [{ BLOB_CONTAINER_NAME: 'Bot_State' }, 'BLOB_CONTAINER_NAME must be 3 to 63 lowercase letters, digits or single hyphens, starting and ending with a letter or digit (got "Bot_State")'],
    [{ MicrosoftAppId: APP_ID }, 'MicrosoftAppPassword is required when MicrosoftAppId is set (the bot needs it to reply)'],
    [{ MicrosoftAppPassword: 'x' }, 'MicrosoftAppId is required when MicrosoftAppPassword is set'],
    [{ MicrosoftAppType: 'SingleTenant', MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x' }, 'MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant'],
    [{ MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: 't' }, 'MicrosoftAppId is required when MicrosoftAppType is UserAssignedMSI'],
    [
      { APPLICATIONINSIGHTS_CONNECTION_STRING: 'IngestionEndpoint=https://example.com/' },
      "APPLICATIONINSIGHTS_CONNECTION_STRING must be an Application Insights connection string with an InstrumentationKey (copy it from the resource's Overview page)",
    ],
    [{ TELEMETRY_INCLUDE_TEXT: 'yes' }, 'TELEMETRY_INCLUDE_TEXT must be true or false (got "yes")'],
  ])('rejects %o with a message naming the variable and what it allows', (env, message) => {
    expect(problemsOf(env)).toContain(message);
  });

  it('reports every bad variable at once, one line each, in the error message', () => {
    const problems = problemsOf({ PORT: 'abc', STORAGE: 's3', LOG_LEVEL: 'loud' });
    expect(problems).toHaveLength(3);
    expect(() => loadConfig({ PORT: 'abc', STORAGE: 's3' })).toThrow(/PORT must be[\s\S]*STORAGE must be/);
  });

  it('never echoes a secret in its messages', () => {
    const message = problemsOf({
      STORAGE: 'blobs',
      BLOB_CONNECTION_STRING: 'AccountKey=supersecret',
      MicrosoftAppPassword: 'hunter2',
      APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=topsecretkey',
    }).join('\n');
    expect(message).not.toContain('topsecretkey');
    expect(message).not.toContain('supersecret');
    expect(message).not.toContain('hunter2');
  });

  it('accepts UserAssignedMSI without a password', () => {
    expect(loadConfig({ MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppId: APP_ID, MicrosoftAppTenantId: 'tenant' }).MicrosoftAppType).toBe('UserAssignedMSI');
  });

  it('accepts .env.example as it is, and the example names every variable', () => {
    const example = parse(readFileSync(new URL('../../.env.example', import.meta.url)));
    const config = loadConfig(example);
    expect(Object.keys(example).sort()).toEqual(Object.keys(config).sort());
  });
});
