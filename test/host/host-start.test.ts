import { ConversationState, MemoryStorage } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/config.js';
import { startHost } from '../../bot/host.js';
import { CountingEchoBot, captureLogger, errorMessage, startTestHost } from './host-fixture.js';

describe('startHost', () => {
  it('reports where it listens and what it runs with', async () => {
    const { host, log } = await startTestHost();
    try {
      expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(log.entries()[0]).toMatchObject({ msg: 'host listening', url: host.url, authentication: 'off (local use)' });
    } finally {
      await host.stop();
    }
  });

  it('says in the start log that a host without an app id answers this machine only', async () => {
    // No HOST given: the default the configuration picks.
    const { host, log } = await startTestHost({ HOST: undefined });
    try {
      expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:/);
      expect(log.entries()[0]).toMatchObject({ msg: 'host listening', reachableFrom: 'this machine only: no MicrosoftAppId, so requests are not authenticated; set HOST to listen elsewhere' });
    } finally {
      await host.stop();
    }
  });

  it('fails to start, rather than hang, when the port is taken', async () => {
    const { host } = await startTestHost();
    try {
      const port = Number(new URL(host.url).port);
      const conversationState = new ConversationState(new MemoryStorage());
      const starting = startHost(loadConfig({ HOST: '127.0.0.1', PORT: String(port) }), {
        bot: new CountingEchoBot(conversationState),
        conversationState,
        logger: captureLogger().logger,
        healthCheck: async () => ({ storage: true }),
        flush: async () => undefined,
        errorMessage,
      });
      await expect(starting).rejects.toMatchObject({ code: 'EADDRINUSE' });
    } finally {
      await host.stop();
    }
  });
});
