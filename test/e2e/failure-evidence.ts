import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach } from 'vitest';
import { SCREENSHOT_DIR, screenshot } from './browser.js';
import { readChat } from './chat-snapshot.js';
import type { E2eSession } from './session.js';

function fileNameFor(testName: string): string {
  const slug = testName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `failure-${slug || 'test'}`;
}

async function describeSession(session: E2eSession): Promise<string> {
  const chat = await readChat(session.page).catch((error: unknown) => `unreadable: ${String(error)}`);
  return [
    `page: ${session.page.url()}`,
    `chat: ${JSON.stringify(chat, null, 2)}`,
    `turn errors: ${JSON.stringify(session.bot.turnErrors)}`,
    `page errors: ${JSON.stringify(session.pageErrors)}`,
    `blocked requests: ${JSON.stringify(session.blockedRequests)}`,
    `bot host log (warn and above):\n${session.bot.logLines.join('\n') || '(empty)'}`,
    `playground output:\n${session.playground.output()}`,
  ].join('\n\n');
}

/**
 * Registers, for every test of the calling file, that a failure leaves a full-page screenshot and
 * a text file (chat, host log, Playground output) in test-results/e2e/failure-<test name>.*,
 * which CI keeps as artifacts. Call it at the top of a describe block.
 */
export function keepFailureEvidence(currentSession: () => E2eSession | undefined): void {
  beforeEach(({ onTestFailed, task }) => {
    onTestFailed(async () => {
      const session = currentSession();
      if (session === undefined) return;
      const name = fileNameFor(task.name);
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      await screenshot(session.page, name).catch(() => undefined); // the text file still says what went wrong
      await writeFile(join(SCREENSHOT_DIR, `${name}.txt`), await describeSession(session));
    }, 30_000);
  });
}
