import type { Browser } from 'playwright-core';
import { startE2eBot, type CreateE2eBot, type E2eBot } from './bot-server.js';
import { launchChromium, openPlaygroundPage, type PlaygroundPage } from './browser.js';
import { startPlayground, type Playground, type PlaygroundUser } from './playground.js';

export interface E2eSession extends PlaygroundPage {
  readonly bot: E2eBot;
  readonly playground: Playground;
  readonly browser: Browser;
  /** Stops browser, Playground and bot, in that order, even when one of them fails to stop. */
  stop(): Promise<void>;
}

export interface E2eSessionOptions {
  /** Builds the bot from fresh in-memory states; an ActivityHandler or the real dialog bot. */
  createBot: CreateE2eBot;
  /** The Teams user the Playground plays (activity.from.id / name). */
  user?: PlaygroundUser;
}

/**
 * Everything one journey needs: the bot on a free port, a Playground pointed at it, headless
 * Chromium on the Playground page. A fresh session per journey keeps journeys independent (the
 * Playground keeps its chat history for as long as it runs).
 */
export async function startE2eSession({ createBot, user }: E2eSessionOptions): Promise<E2eSession> {
  const stops: Array<() => Promise<void>> = [];
  const stopAll = async (): Promise<void> => {
    const failures: unknown[] = [];
    for (const stop of stops.splice(0).reverse()) {
      await stop().catch((error: unknown) => failures.push(error));
    }
    if (failures.length > 0) throw new AggregateError(failures, 'e2e teardown failed');
  };
  try {
    const bot = await startE2eBot(createBot);
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
