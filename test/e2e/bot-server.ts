import type { AddressInfo } from 'node:net';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ActivityHandler,
  type Request as BotRequest,
  type Response as BotResponse,
} from 'botbuilder';
import restify from 'restify';
import { z } from 'zod';

export interface E2eBot {
  /** e.g. http://127.0.0.1:41235 */
  readonly url: string;
  /** What the Playground posts to: `${url}/api/messages`. */
  readonly messagesEndpoint: string;
  /** Every error a turn threw; the e2e tests assert it stays empty so a crash cannot hide behind a timeout. */
  readonly turnErrors: readonly Error[];
  stop(): Promise<void>;
}

const createBotSchema = z.custom<() => ActivityHandler>((value) => typeof value === 'function', {
  message: 'createBot must be a function returning an ActivityHandler',
});

// restify's request/response satisfy the shapes CloudAdapter reads and writes; one narrowing point, no casts elsewhere.
function asBotRequest(req: restify.Request): BotRequest {
  return req as unknown as BotRequest;
}
function asBotResponse(res: restify.Response): BotResponse {
  return res as unknown as BotResponse;
}

/**
 * Hosts a bot for the e2e tests on a free loopback port: restify + CloudAdapter with no app id,
 * so the Playground (which sends no token) is accepted, as a local bot would be.
 */
export async function startE2eBot(createBot: () => ActivityHandler): Promise<E2eBot> {
  const bot = createBotSchema.parse(createBot)();
  const turnErrors: Error[] = [];
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  adapter.onTurnError = async (context, error) => {
    turnErrors.push(error);
    await context.sendActivity(`The e2e bot failed: ${error.message}`);
  };

  const server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => {
    await adapter.process(asBotRequest(req), asBotResponse(res), (context) => bot.run(context));
  });

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  let stopping: Promise<void> | undefined;
  return {
    url,
    messagesEndpoint: `${url}/api/messages`,
    turnErrors,
    stop() {
      stopping ??= new Promise<void>((resolve) => {
        server.server.closeAllConnections();
        server.close(() => resolve());
      });
      return stopping;
    },
  };
}
