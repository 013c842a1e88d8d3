import type { Browser } from 'playwright-core';
import { startE2eBot, type CreateE2eBot, type E2eBot } from './bot-server.js';
import { launchChromium, openPlaygroundPage, type PlaygroundPage } from './browser.js';
import { startPlayground, type Playground, type PlaygroundUser } from './playground.js';

export interface E2eSession<Bot extends E2eBot = E2eBot> extends PlaygroundPage {
  readonly bot: Bot;
  readonly playground: Playground;
  readonly browser: Browser;
  /** Stops browser, Playground and bot, in that order, even when one of them fails to stop. */
  stop(): Promise<void>;
}

export type E2eSessionOptions<Bot extends E2eBot = E2eBot> = (
  | {
      /** Builds the bot from fresh in-memory states; an ActivityHandler or the real dialog bot. */
      createBot: CreateE2eBot;
      startBot?: never;
    }
  | {
      /** Starts a bot host of the test's own (the whole Upgrade Assistant on lowdb, say); stopped with the session. */
      startBot: () => Promise<Bot>;
      createBot?: never;
    }
) & {
  /** The Teams user the Playground plays (activity.from.id / name). */
  user?: PlaygroundUser;
};

/**
 * Everything one journey needs: the bot on a free port, a Playground pointed at it, headless
 * Chromium on the Playground page. A fresh session per journey keeps journeys independent (the
 * Playground keeps its chat history for as long as it runs).
 */
export async function startE2eSession<Bot extends E2eBot = E2eBot>(options: E2eSessionOptions<Bot>): Promise<E2eSession<Bot>> {
  const { user } = options;
  const stops: Array<() => Promise<void>> = [];
  const stopAll = async (): Promise<void> => {
    const failures: unknown[] = [];
    for (const stop of stops.splice(0).reverse()) {
      await stop().catch((error: unknown) => failures.push(error));
    }
    if (failures.length > 0) throw new AggregateError(failures, 'e2e teardown failed');
  };
  try {
    const bot = options.startBot ? await options.startBot() : ((await startE2eBot(options.createBot)) as Bot);
    stops.push(() => bot.stop());
    const playground = await startPlayground({ botEndpoint: bot.messagesEndpoint, ...(user ? { user } : {}) });
    stops.push(() => playground.stop());
    const browser = await launchChromium();
    stops.push(() => browser.close());
    const opened = await openPlaygroundPage(browser, playground.url);
    return { ...opened, bot, playground, browser, stop: stopAll };
  } catch (error) {
    await stopAll().catch(() => undefined); // the start failure is the one worth reporting
    throw error;
  }
}
