import restify from 'restify';
import type { AddressInfo } from 'node:net';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory } from 'botbuilder';
import type { BenchServer } from './bench-server.js';

/**
 * The stock echo bot as the Bot Framework samples write it (CloudAdapter, ActivityHandler, restify,
 * no state), the reference our bot's throughput is held against.
 */
class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(MessageFactory.text(`Echo: ${context.activity.text ?? ''}`));
      await next();
    });
  }
}

export async function startEchoBot(): Promise<BenchServer> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  adapter.onTurnError = async (context, error) => {
    console.error(error);
    await context.sendActivity('The bot encountered an error.');
  };
  const bot = new EchoBot();
  const server = restify.createServer({ name: 'echo-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser());
  // The samples pass restify's req/res straight in; their declared types differ (botbuilder-js#4376).
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req as never, res as never, (context) => bot.run(context));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
