import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newConversation } from '../../bench/support/activities.js';
import { wordsOf } from '../../bench/support/bot-replies.js';
import { HttpClient } from '../../bench/support/http-client.js';
import { sendTurn } from '../../bench/support/journey.js';
import { startBot } from '../../bench/support/start-bot.js';
import type { RunningUpgradeAssistant } from '../../bot/upgrade-assistant.js';
import { messagesFor } from '../../i18n/index.js';
import { mountSmallDisk, type SmallDisk } from '../storage/small-disk.js';
import { byScale, reportDrill } from './drill-scale.js';
import { currentStep, doneButton, openWalkthrough } from './walkthrough-driver.js';

const en = messagesFor('en');

/**
 * The bot's DATA_DIR on a real 4 MB tmpfs (mount -t tmpfs, as root): filling it makes every
 * write fail with the kernel's own ENOSPC, nothing stubbed.
 */
describe('full disk: a failed turn keeps progress, and the journal keeps its segment', () => {
  let disk: SmallDisk;
  let bot: RunningUpgradeAssistant;
  let client: HttpClient;

  beforeAll(async () => {
    disk = mountSmallDisk(4 * 1024 * 1024);
    bot = await startBot({ STORAGE: 'lowdb', DATA_DIR: disk.dir });
    client = new HttpClient(bot.url, 4);
  });
  afterAll(async () => {
    client?.close();
    disk?.free();
    await bot?.stop();
    disk?.unmount();
  });

  it('answers every turn on a full disk with "could not save", loses no step, and resumes when space is back', async () => {
    const conversation = newConversation('full-disk');
    let done = await openWalkthrough({ journey: client }, conversation);
    for (let step = 0; step < 2; step++) {
      const next = await sendTurn(client, conversation, { value: done });
      done = doneButton(next.replies) ?? done;
    }
    expect(await currentStep(client, conversation)).toBe(3);

    disk.fill();
    const turns = byScale(60, 300);
    let saveMessages = 0;
    let otherReplies = 0;
    // A record that fits in the unused end of the journal's last page is written even on a full
    // tmpfs (the page is already the file's): such a turn is saved, but only before the first failure.
    let savedBeforeFirstFailure = 0;
    for (let turn = 0; turn < turns; turn++) {
      const result = await sendTurn(client, conversation, { value: done });
      if (wordsOf(result.replies).includes(en.ui.turnFailed('save'))) saveMessages++;
      else if (saveMessages === 0) {
        savedBeforeFirstFailure++;
        done = doneButton(result.replies) ?? done;
      } else otherReplies++;
    }
    const segments = (await readdir(join(disk.dir, 'state', 'journal'))).filter((name) => name.endsWith('.jsonl'));

    disk.free();
    // Asked once space is back: "where was I" re-shows the step card, which itself saves.
    const stepOnFullDisk = await currentStep(client, conversation);
    const after = await sendTurn(client, conversation, { value: done });
    const stepAfter = await currentStep(client, conversation);
    reportDrill('full-disk', {
      turnsOnFullDisk: turns,
      answeredCouldNotSave: saveMessages,
      savedInThePageLeft: savedBeforeFirstFailure,
      otherAnswers: otherReplies,
      journalSegments: segments.length,
      stepKept: stepOnFullDisk ?? 'none',
      stepAfterSpaceBack: stepAfter ?? 'none',
    });
    expect(savedBeforeFirstFailure).toBeLessThanOrEqual(1);
    expect(otherReplies).toBe(0);
    expect(saveMessages).toBe(turns - savedBeforeFirstFailure);
    expect(segments.length).toBeLessThanOrEqual(2);
    const kept = 3 + savedBeforeFirstFailure;
    expect(stepOnFullDisk).toBe(kept);
    expect(doneButton(after.replies)).toMatchObject({ stepIndex: kept });
    expect(stepAfter).toBe(kept + 1);
  });
});
