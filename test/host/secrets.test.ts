import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../bot/logger.js';
import { loadConfig } from '../../bot/config.js';
import { CapturedLog, messageActivity, postActivity, startTestHost, type TestHost } from './host-fixture.js';

const APP_ID = '3f1e2d4c-5b6a-4978-8a9b-0c1d2e3f4a5b';
const PASSWORD = 'pw-7f3a9c1e-never-log-me';
const CONNECTION_STRING = 'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=key-91b2-never-log-me';
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJuZXZlci1sb2ctbWUiOnRydWV9.c2lnLW5ldmVyLWxvZy1tZQ';
const SECRETS = [PASSWORD, CONNECTION_STRING, 'key-91b2-never-log-me', TOKEN];

function expectNoSecret(text: string): void {
  for (const secret of SECRETS) expect(text).not.toContain(secret);
}

describe('the logger', () => {
  it('redacts the app password, connection string, tokens and authorization headers', () => {
    const log = new CapturedLog();
    const logger = createLogger({ level: 'trace', destination: log });
    const config = loadConfig({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: PASSWORD,
      STORAGE: 'blobs',
      BLOB_CONNECTION_STRING: CONNECTION_STRING,
      BLOB_CONTAINER_NAME: 'state',
    });
    logger.info(config, 'configuration as is');
    logger.info({ config }, 'configuration nested');
    logger.info({ headers: { authorization: `Bearer ${TOKEN}` } }, 'headers');
    logger.info({ req: { headers: { Authorization: `Bearer ${TOKEN}` } } }, 'request');
    logger.info({ token: TOKEN, credentials: { access_token: TOKEN, accessToken: TOKEN, password: PASSWORD } }, 'tokens');
    expectNoSecret(log.text);
    expect(log.text).toContain('[redacted]');
    expect(log.entries()).toHaveLength(5);
  });

  it('writes errors without the request objects connector errors carry', () => {
    const log = new CapturedLog();
    const logger = createLogger({ level: 'info', destination: log });
    const error = Object.assign(new Error('send failed'), {
      statusCode: 403,
      request: { url: 'https://smba.trafficmanager.net/', headers: { _headersMap: { authorization: { value: `Bearer ${TOKEN}` } } } },
    });
    logger.error({ err: error }, 'connector error');
    expectNoSecret(log.text);
    expect(log.entries()[0]).toMatchObject({ err: { type: 'Error', message: 'send failed', statusCode: 403 } });
  });
});

describe('a running host with credentials', () => {
  let running: TestHost;

  beforeAll(async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    running = await startTestHost({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: PASSWORD,
      STORAGE: 'blobs',
      BLOB_CONNECTION_STRING: CONNECTION_STRING,
      BLOB_CONTAINER_NAME: 'state',
    });
  });
  afterAll(async () => {
    await running.host.stop();
    vi.restoreAllMocks();
  });

  it('logs nothing secret while refusing tokens and serving', async () => {
    const response = await postActivity(running.host.url, messageActivity('hello'), { authorization: `Bearer ${TOKEN}` });
    expect(response.status).toBe(401);
    await fetch(`${running.host.url}/api/messages`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` }, body: '{' });
    expect(running.log.entries().some((entry) => entry.statusCode === 401)).toBe(true);
    expectNoSecret(running.log.text);
  });
});
