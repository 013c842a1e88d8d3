import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../bot/config.js';

const APP = { MicrosoftAppId: '5d2e6a07-7b0c-4d8e-9f3a-2c1b0a9e8d7f', MicrosoftAppPassword: 'secret' };

function problems(env: NodeJS.ProcessEnv): readonly string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('the tenant check settings', () => {
  it('are off by default', () => {
    const config = loadConfig({});
    expect(config.OAUTH_CONNECTION_NAME).toBeUndefined();
    expect(config.GRAPH_BASE_URL).toBeUndefined();
  });

  it('take a connection with the Azure Bot it belongs to', () => {
    const config = loadConfig({ ...APP, OAUTH_CONNECTION_NAME: 'graph', OAUTH_API_URL: 'https://europe.token.botframework.com' });
    expect(config.OAUTH_CONNECTION_NAME).toBe('graph');
    expect(config.OAUTH_API_URL).toBe('https://europe.token.botframework.com');
  });

  it.each<[string, NodeJS.ProcessEnv, string]>([
    ['a connection without an Azure Bot', { OAUTH_CONNECTION_NAME: 'graph' }, 'MicrosoftAppId is required when OAUTH_CONNECTION_NAME is set'],
    ['plain http to another machine', { GRAPH_BASE_URL: 'http://graph.example.com' }, 'GRAPH_BASE_URL must use https (plain http only to localhost)'],
    ['a path after the host', { GRAPH_BASE_URL: 'https://graph.microsoft.com/v1.0' }, 'GRAPH_BASE_URL must be a scheme and host only, without a path'],
    ['not a URL', { OAUTH_API_URL: 'token service' }, 'OAUTH_API_URL must be a URL such as https://graph.microsoft.com'],
  ])('refuse %s', (_name, env, problem) => {
    expect(problems(env).some((line) => line.startsWith(problem))).toBe(true);
  });

  it('let the tests use a local fake over http', () => {
    expect(loadConfig({ GRAPH_BASE_URL: 'http://127.0.0.1:8080' }).GRAPH_BASE_URL).toBe('http://127.0.0.1:8080');
  });
});
