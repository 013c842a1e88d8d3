import { Writable } from 'node:stream';
import { ActivityHandler, ConversationState, MemoryStorage, type Storage, type StoreItems, type TurnContext } from 'botbuilder';
import { loadConfig, type Config } from '../../bot/config.js';
import { startHost, type HostDependencies, type RunningHost } from '../../bot/host.js';
import { createLogger, type Logger } from '../../bot/logger.js';
import { ConcurrencyCheckedStorage } from '../../bot/state-write-conflict.js';
import type { TurnFailure } from '../../bot/turn-failure.js';

/** A pino destination that keeps every line, so tests can read what was logged. */
export class CapturedLog extends Writable {
  readonly lines: string[] = [];

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter((line) => line.length > 0));
    done();
  }

  get text(): string {
    return this.lines.join('\n');
  }

  entries(): Record<string, unknown>[] {
    return this.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  }
}

export function captureLogger(): { logger: Logger; log: CapturedLog } {
  const log = new CapturedLog();
  return { logger: createLogger({ level: 'debug', destination: log }), log };
}

export const ERROR_TEXT = { en: 'Something went wrong on my side. Please send your message again.', it: 'Qualcosa è andato storto. Invia di nuovo il messaggio.' };

/** The host's failure message, in the activity's language, naming what failed. */
export function errorMessage(locale: string | undefined, failure: TurnFailure): string {
  return `${locale?.startsWith('it') ? ERROR_TEXT.it : ERROR_TEXT.en} (${failure})`;
}

/**
 * The tiny bot the host tests talk to: it counts messages in conversation state and echoes them
 * with the count; "fail" throws, "reply then fail" throws after its reply, "slow" waits for the
 * test to release it.
 */
export class CountingEchoBot extends ActivityHandler {
  readonly #count;
  /** Every turn that reached the bot, refused requests must not add to it. */
  turnsSeen = 0;
  slowTurnStarted: () => void = () => undefined;
  releaseSlowTurn: Promise<void> = Promise.resolve();

  constructor(private readonly conversationState: ConversationState) {
    super();
    this.#count = conversationState.createProperty<number>('messageCount');
    this.onMessage(async (context, next) => {
      const text = context.activity.text ?? '';
      if (text === 'fail') throw new Error('the bot broke on purpose');
      if (text === 'reply then fail') {
        await this.#count.set(context, -1);
        await context.sendActivity('a reply the failure must withdraw');
        throw new Error('the bot broke after replying');
      }
      if (text === 'slow') {
        this.slowTurnStarted();
        await this.releaseSlowTurn;
      }
      const count = (await this.#count.get(context, 0)) + 1;
      await this.#count.set(context, count);
      await context.sendActivity(`echo ${count}: ${text}`);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    this.turnsSeen += 1;
    await super.run(context);
    await this.conversationState.saveChanges(context);
  }
}

/** MemoryStorage whose writes fail like a full disk while `full` is set. */
export class FillableStorage extends MemoryStorage {
  full = false;
  override write(changes: StoreItems): Promise<void> {
    if (!this.full) return super.write(changes);
    return Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
  }
}

export interface TestHost {
  host: RunningHost;
  bot: CountingEchoBot;
  log: CapturedLog;
  storage: Storage;
  conversationState: ConversationState;
  flushCalls: number[];
}

/** A real host on 127.0.0.1, a free port, with overrides for the dependency under test. */
export async function startTestHost(
  env: NodeJS.ProcessEnv = {},
  overrides: Partial<HostDependencies> = {},
  storage: Storage = new MemoryStorage(),
): Promise<TestHost> {
  const config: Config = { ...loadConfig({ HOST: '127.0.0.1', STORAGE: 'memory', ...env }), PORT: 0 };
  // As the bot runs: writes carry the eTag they read (bot/state-write-conflict.ts).
  const conversationState = new ConversationState(new ConcurrencyCheckedStorage(storage));
  const bot = new CountingEchoBot(conversationState);
  const { logger, log } = captureLogger();
  const flushCalls: number[] = [];
  const host = await startHost(config, {
    bot,
    conversationState,
    logger,
    healthCheck: async () => ({ storage: true }),
    flush: async () => {
      flushCalls.push(Date.now());
    },
    errorMessage,
    ...overrides,
  });
  return { host, bot, log, storage, conversationState, flushCalls };
}

let activityCounter = 0;

/** A message activity as the Bot Framework Emulator would send it, asking for replies in the response. */
export function messageActivity(text: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  activityCounter += 1;
  return {
    type: 'message',
    id: `activity-${activityCounter}`,
    text,
    channelId: 'test',
    serviceUrl: 'http://127.0.0.1:1',
    deliveryMode: 'expectReplies',
    conversation: { id: 'conversation-1' },
    from: { id: 'user-1', name: 'Admin' },
    recipient: { id: 'bot-1', name: 'Upgrade Assistant' },
    locale: 'en-US',
    ...overrides,
  };
}

export interface ReplyBody {
  activities: { type: string; text?: string }[];
}

export async function postActivity(url: string, activity: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(activity),
  });
}

export function messageTexts(body: ReplyBody): (string | undefined)[] {
  return body.activities.filter((activity) => activity.type === 'message').map((activity) => activity.text);
}
