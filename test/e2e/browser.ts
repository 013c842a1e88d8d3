import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { z } from 'zod';
import {
  BOT_MESSAGE_SELECTOR,
  CARD_SELECTOR,
  MESSAGE_AUTHOR_SELECTOR,
  MESSAGE_HEADER_SELECTOR,
  readChat,
  waitForChat,
  type BotMessageSnapshot,
  type CardSnapshot,
} from './chat-snapshot.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const SCREENSHOT_DIR = join('test-results', 'e2e');
/** Default wait for anything the bot does; a turn through the Playground takes well under a second here. */
export const DEFAULT_WAIT_MS = 15_000;

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches Debian's Chromium headless. Fails loudly (never skips) when it is not installed. */
export async function launchChromium({ executablePath = CHROMIUM_PATH } = {}): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium is not installed at ${executablePath}; the e2e tests need it. ` +
        'Install it with `apt-get update && apt-get install -y chromium` (.ci/run does this on CI).',
    );
  }
  // A plain launch gives every run a fresh temporary profile, deleted on close.
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

export interface PlaygroundPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Requests the guard aborted (the Playground asks a CDN for fonts and an animation; both are optional). */
  readonly blockedRequests: readonly string[];
  /** Uncaught errors thrown by the page's scripts. */
  readonly pageErrors: readonly string[];
  close(): Promise<void>;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Opens the Playground in a fresh browser context, with every non-local request aborted, and waits
 * until the message box is there. Opening the page is what makes the Playground send the bot its
 * `installationUpdate` (add) and `conversationUpdate` (membersAdded: user and bot).
 */
export async function openPlaygroundPage(browser: Browser, playgroundUrl: string): Promise<PlaygroundPage> {
  const url = z.url().parse(playgroundUrl);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const blockedRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', async (route) => {
    const requested = new URL(route.request().url());
    if (LOCAL_HOSTS.has(requested.hostname)) return route.continue();
    blockedRequests.push(requested.href);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(url);
  await messageBox(page).waitFor({ state: 'visible', timeout: DEFAULT_WAIT_MS });
  return { page, context, blockedRequests, pageErrors, close: () => context.close() };
}

export function messageBox(page: Page): Locator {
  return page.locator('div[role="textbox"]');
}

/** Every bot message in the chat pane (texts and cards), oldest first. */
export function botMessages(page: Page): Locator {
  return page.locator(BOT_MESSAGE_SELECTOR);
}

export async function botMessageCount(page: Page): Promise<number> {
  return (await readChat(page)).botMessages.length;
}

/** The Playground's "... is not supported yet" notes in the chat pane; a journey should end with none. */
export async function unsupportedWarnings(page: Page): Promise<string[]> {
  return (await readChat(page)).unsupportedWarnings;
}

export interface WaitOptions {
  /** Only look at bot messages from this index on (e.g. the count taken before a click). */
  after?: number;
  timeoutMs?: number;
}

function matches(text: string, expected: string | RegExp): boolean {
  return typeof expected === 'string' ? text.includes(expected) : expected.test(text);
}

/**
 * Waits for a bot message whose text contains `expected` (or matches the regex) and returns its
 * snapshot. Text is compared as rendered, with whitespace folded (markdown already applied).
 */
export async function waitForBotText(
  page: Page,
  expected: string | RegExp,
  { after = 0, timeoutMs = DEFAULT_WAIT_MS }: WaitOptions = {},
): Promise<BotMessageSnapshot> {
  return waitForChat(
    page,
    (chat) => chat.botMessages.find((message) => message.index >= after && matches(message.text, expected)),
    { timeoutMs, describe: `a bot message matching ${String(expected)} (from #${after})` },
  );
}

/** Waits until the bot has sent at least `count` messages in total. */
export async function waitForBotMessageCount(
  page: Page,
  count: number,
  { timeoutMs = DEFAULT_WAIT_MS }: Pick<WaitOptions, 'timeoutMs'> = {},
): Promise<BotMessageSnapshot[]> {
  return waitForChat(page, (chat) => (chat.botMessages.length >= count ? chat.botMessages : undefined), {
    timeoutMs,
    describe: `${count} bot messages`,
  });
}

export interface FoundCard {
  readonly snapshot: CardSnapshot;
  readonly messageIndex: number;
  /** The card element, for scoped queries (`card.locator.getByRole(...)`). */
  readonly locator: Locator;
}

export type CardPredicate = string | RegExp | ((card: CardSnapshot) => boolean);

/**
 * Waits for an Adaptive Card from the bot that satisfies `predicate` (text it contains, a regex
 * on its text, or a function of its text and button names) and returns the newest such card.
 */
export async function waitForCard(page: Page, predicate: CardPredicate, options: WaitOptions = {}): Promise<FoundCard> {
  const { after = 0, timeoutMs = DEFAULT_WAIT_MS } = options;
  const accepts = typeof predicate === 'function' ? predicate : (card: CardSnapshot) => matches(card.text, predicate);
  const found = await waitForChat(
    page,
    (chat) => {
      const hits = chat.botMessages
        .filter((message) => message.index >= after)
        .flatMap((message) => message.cards.map((card, cardIndex) => ({ message, card, cardIndex })))
        .filter(({ card }) => accepts(card));
      return hits.at(-1);
    },
    { timeoutMs, describe: `a card matching ${typeof predicate === 'function' ? 'the predicate' : String(predicate)}` },
  );
  return {
    snapshot: found.card,
    messageIndex: found.message.index,
    locator: botMessages(page).nth(found.message.index).locator(CARD_SELECTOR).nth(found.cardIndex),
  };
}

/** The newest card that has a button with exactly this name, unless a card is given. */
function cardWithButton(page: Page, name: string, card: Locator | undefined): Locator {
  return (card ?? page.locator(CARD_SELECTOR).filter({ has: page.getByRole('button', { name, exact: true }) }).last())
    .getByRole('button', { name, exact: true });
}

/**
 * Clicks a card button (an Action.Submit rendered as a Fluent button) and returns the bot message
 * count before the click, to pass as `after` when waiting for the answer.
 */
export async function clickCardButton(
  page: Page,
  name: string,
  { card, timeoutMs = DEFAULT_WAIT_MS }: { card?: Locator; timeoutMs?: number } = {},
): Promise<number> {
  const before = await botMessageCount(page);
  await cardWithButton(page, z.string().min(1).parse(name), card).click({ timeout: timeoutMs });
  return before;
}

/** Types into a card input found by its label (Input.Text `label`), in the newest card unless one is given. */
export async function fillCardInput(
  page: Page,
  label: string | RegExp,
  value: string,
  { card, timeoutMs = DEFAULT_WAIT_MS }: { card?: Locator; timeoutMs?: number } = {},
): Promise<void> {
  const scope = card ?? page.locator(CARD_SELECTOR).filter({ has: page.getByLabel(label) }).last();
  await scope.getByLabel(label).fill(value, { timeout: timeoutMs });
}

/**
 * Picks a choice in a card's Input.ChoiceSet found by its label: `style: "compact"` renders a
 * Fluent combobox (opened, then the option clicked), `style: "expanded"` radio buttons (or
 * checkboxes with isMultiSelect). Newest card with that label unless a card is given.
 */
export async function selectCardChoice(
  page: Page,
  label: string,
  choiceTitle: string,
  { card, timeoutMs = DEFAULT_WAIT_MS }: { card?: Locator; timeoutMs?: number } = {},
): Promise<void> {
  const scope = card ?? page.locator(CARD_SELECTOR).filter({ hasText: label }).last();
  const combobox = scope.getByRole('combobox', { name: label });
  if ((await combobox.count()) > 0) {
    await combobox.click({ timeout: timeoutMs });
    await page.getByRole('option', { name: choiceTitle, exact: true }).click({ timeout: timeoutMs });
    return;
  }
  const radio = scope.getByRole('radio', { name: choiceTitle, exact: true });
  const checkbox = scope.getByRole('checkbox', { name: choiceTitle, exact: true });
  await radio.or(checkbox).check({ timeout: timeoutMs });
}

/** Ticks or clears a card's Input.Toggle (a checkbox named by its `title`). */
export async function setCardToggle(
  page: Page,
  title: string,
  checked: boolean,
  { card, timeoutMs = DEFAULT_WAIT_MS }: { card?: Locator; timeoutMs?: number } = {},
): Promise<void> {
  const scope = card ?? page.locator(CARD_SELECTOR).filter({ has: page.getByRole('checkbox', { name: title }) }).last();
  await scope.getByRole('checkbox', { name: title, exact: true }).setChecked(checked, { timeout: timeoutMs });
}

/**
 * Reloads the page, as a user reopening the chat: the Playground clears the chat pane and sends
 * `installationUpdate` and `conversationUpdate` again, for the same conversation id (bot state stays).
 */
export async function reopenChat(page: Page): Promise<void> {
  await page.reload();
  await messageBox(page).waitFor({ state: 'visible', timeout: DEFAULT_WAIT_MS });
}

/**
 * Types a message in the compose box and sends it with Enter, then waits until it shows in the chat.
 * Returns the bot message count before sending, to pass as `after`.
 */
export async function sendMessage(
  page: Page,
  text: string,
  { timeoutMs = DEFAULT_WAIT_MS }: { timeoutMs?: number } = {},
): Promise<number> {
  const message = z.string().trim().min(1, 'the Playground does not send empty messages').parse(text);
  const chat = await readChat(page);
  const box = messageBox(page);
  await box.fill(message, { timeout: timeoutMs });
  await box.press('Enter', { timeout: timeoutMs });
  await waitForChat(page, (now) => (now.userMessages.length > chat.userMessages.length ? true : undefined), {
    timeoutMs,
    describe: `the sent message "${message}" to appear`,
  });
  return chat.botMessages.length;
}

// Scrolls the chat pane so the user's newest message is at its top (the turn it started, top down).
const NEWEST_USER_MESSAGE_ON_TOP = `(() => {
  const headers = [...document.querySelectorAll(${JSON.stringify(MESSAGE_HEADER_SELECTOR)})]
    .filter((header) => !header.querySelector(${JSON.stringify(MESSAGE_AUTHOR_SELECTOR)}));
  const newest = headers[headers.length - 1];
  if (newest) newest.scrollIntoView({ block: 'start' });
  return Boolean(newest);
})()`;

/**
 * Saves a full-page PNG to test-results/e2e/<name>.png (gitignored) and returns its path. The chat
 * pane scrolls inside the page, so a full page shows one window of it: with `viewportHeight` the
 * window is made that tall for this picture (then put back) and starts at the user's newest
 * message, to show a whole turn whose cards are taller than the screen; or at `from`, where the
 * page shows no message from the user (turns sent through the custom-activity API).
 */
export async function screenshot(
  page: Page,
  name: string,
  { viewportHeight, from }: { viewportHeight?: number; from?: Locator } = {},
): Promise<string> {
  const fileName = z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'use a kebab-case name, it becomes the file name')
    .parse(name);
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${fileName}.png`);
  const viewport = page.viewportSize();
  if (viewportHeight === undefined || !viewport) {
    await page.screenshot({ path, fullPage: true });
    return path;
  }
  await page.setViewportSize({ width: viewport.width, height: z.number().int().min(viewport.height).parse(viewportHeight) });
  try {
    if (from) await from.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    else if (!z.boolean().parse(await page.evaluate(NEWEST_USER_MESSAGE_ON_TOP))) throw new Error('no message from the user to start the picture at');
    await page.screenshot({ path, fullPage: true });
  } finally {
    await page.setViewportSize(viewport);
  }
  return path;
}
