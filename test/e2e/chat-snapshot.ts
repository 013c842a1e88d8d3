import type { Page } from 'playwright-core';
import { z } from 'zod';

/**
 * What the Playground's chat pane shows, read in one round trip. The page is the Playground's
 * React app (Fluent UI + Copilot output cards): a bot message is a `.fai-OutputCard` (text in
 * `<p>`, Adaptive Cards as `.ac-adaptiveCard`); every message has a `[aria-label="Message header"]`
 * and only bot messages have a `[aria-label="Message author"]` in it. The log panel repeats message
 * texts, so nothing here searches the whole page.
 */
export const BOT_MESSAGE_SELECTOR = '.fai-OutputCard';
export const CARD_SELECTOR = '.ac-adaptiveCard';
export const MESSAGE_HEADER_SELECTOR = '[aria-label="Message header"]';
export const MESSAGE_AUTHOR_SELECTOR = '[aria-label="Message author"]';

const cardSnapshotSchema = z.object({
  text: z.string(),
  /** Accessible names of the card's action buttons (Action.* titles), in order; not the buttons inside inputs. */
  buttons: z.array(z.string()),
});
export type CardSnapshot = z.infer<typeof cardSnapshotSchema>;

const botMessageSnapshotSchema = z.object({
  index: z.number().int().min(0),
  /** innerText with runs of whitespace folded to one space. */
  text: z.string(),
  cards: z.array(cardSnapshotSchema),
});
export type BotMessageSnapshot = z.infer<typeof botMessageSnapshotSchema>;

const chatSnapshotSchema = z.object({
  botMessages: z.array(botMessageSnapshotSchema),
  /** Texts of the messages the user sent, oldest first. */
  userMessages: z.array(z.string()),
  /** The Playground's notes under a message it could not render (carousel layout, people picker...). */
  unsupportedWarnings: z.array(z.string()),
});
export type ChatSnapshot = z.infer<typeof chatSnapshotSchema>;

// Runs in the page; a string because the project compiles without the DOM library.
const SNAPSHOT_SCRIPT = `(() => {
  const fold = (text) => (text || '').replace(/\\s+/g, ' ').trim();
  const botMessages = [...document.querySelectorAll(${JSON.stringify(BOT_MESSAGE_SELECTOR)})].map((message, index) => ({
    index,
    text: fold(message.innerText),
    cards: [...message.querySelectorAll(${JSON.stringify(CARD_SELECTOR)})].map((card) => ({
      text: fold(card.innerText),
      buttons: [...card.querySelectorAll('.ac-actionSet button')].map((button) => fold(button.getAttribute('aria-label') || button.innerText)),
    })),
  }));
  const userMessages = [...document.querySelectorAll(${JSON.stringify(MESSAGE_HEADER_SELECTOR)})]
    .filter((header) => !header.querySelector(${JSON.stringify(MESSAGE_AUTHOR_SELECTOR)}))
    .map((header) => fold(header.nextElementSibling ? header.nextElementSibling.innerText : ''));
  // The log panel (contenteditable) repeats these notes; only the chat pane's count.
  const unsupported = (element) => /is not supported yet in Microsoft 365 Agents playground/i.test(element.textContent || '');
  const unsupportedWarnings = [...document.querySelectorAll('span')]
    .filter((span) => unsupported(span) && ![...span.querySelectorAll('span')].some(unsupported))
    .filter((span) => !span.closest('[contenteditable]'))
    .map((span) => fold(span.textContent));
  return { botMessages, userMessages, unsupportedWarnings };
})()`;

export async function readChat(page: Page): Promise<ChatSnapshot> {
  return chatSnapshotSchema.parse(await page.evaluate(SNAPSHOT_SCRIPT));
}

// Resolves at the next change anywhere in the page, or after `maxMs` (whichever comes first).
const NEXT_CHANGE_SCRIPT = (maxMs: number): string => `new Promise((resolve) => {
  const observer = new MutationObserver(() => { observer.disconnect(); clearTimeout(timer); resolve(true); });
  const timer = setTimeout(() => { observer.disconnect(); resolve(false); }, ${maxMs});
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
})`;

/**
 * Re-reads the chat at every DOM change until `pick` returns something, and returns that. Waiting
 * on MutationObserver (capped at 500 ms a round, in case the change came between read and observe)
 * instead of fixed sleeps keeps it both quick and reliable.
 */
export async function waitForChat<T>(
  page: Page,
  pick: (chat: ChatSnapshot) => T | undefined,
  { timeoutMs, describe }: { timeoutMs: number; describe: string },
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let chat = await readChat(page);
  for (;;) {
    const picked = pick(chat);
    if (picked !== undefined) return picked;
    const remaining = deadline - Date.now();
    if (remaining <= 0) break;
    await page.evaluate(NEXT_CHANGE_SCRIPT(Math.min(500, remaining)));
    chat = await readChat(page);
  }
  throw new Error(
    `Timed out after ${timeoutMs} ms waiting for ${describe}.\nBot messages:\n${
      chat.botMessages.map((message) => `  #${message.index}: ${message.text}`).join('\n') || '  (none)'
    }\nUser messages:\n${chat.userMessages.map((text) => `  ${text}`).join('\n') || '  (none)'}${
      chat.unsupportedWarnings.length > 0 ? `\nPlayground warnings:\n  ${chat.unsupportedWarnings.join('\n  ')}` : ''
    }`,
  );
}
