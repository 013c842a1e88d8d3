import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newConversation, type Conversation } from '../../bench/support/activities.js';
import { wordsOf } from '../../bench/support/bot-replies.js';
import { HttpClient } from '../../bench/support/http-client.js';
import { runJourney, sendTurn } from '../../bench/support/journey.js';
import { randomTenantFacts } from '../../bench/support/random-facts.js';
import { drillCheckBack, startScaleOutCluster, type ScaleOutCluster } from '../../bench/support/scale-out-cluster.js';
import { SeededRandom } from '../../bench/support/seeded-random.js';
import { messagesFor } from '../../i18n/index.js';
import { byScale, reportDrill } from './drill-scale.js';
import { CLEAR_TENANT, currentStep, doneButton } from './walkthrough-driver.js';

const INSTANCES = 3;
const LOAD_MS = byScale(5_000, 60_000);
const CONNECTIONS = byScale(6, 30);
const CHECK_BACKS = byScale(40, 1_000);
const CANCELLED_EVERY = 10;
/** Bookings fall due over this window, inside the load, so the kill lands among the sends. */
const DUE_WITHIN_MS = LOAD_MS * 0.6;
const LEASE_SECONDS = 10;
const STALE_CARD = messagesFor('en').ui.staleCard;
const WALKTHROUGH_FINISHED = messagesFor('en').ui.walkthrough.finished('upgrade-tab');

/** What the client knows of one walkthrough conversation: the step the bot last acknowledged. */
interface Walk {
  conversation: Conversation;
  /** The 1-based step the last acknowledged reply showed. */
  acknowledgedStep: number;
  /** A click sent without an answer (cut by the kill): it may or may not have been applied. */
  unanswered: boolean;
  /** The last step's Done was acknowledged with the walkthrough's closing words. */
  finished: boolean;
  /** A click whose reply was lost may have been the last step's: the walkthrough may have ended. */
  mayHaveFinished: boolean;
  problems: string[];
}

/**
 * Issue 28's drill: three bot processes on one Azurite behind a round-robin proxy, the bench's
 * journey load plus walkthrough clicks for a fixed time, check-backs booked on the shared queue
 * falling due during it, one instance `kill -9`ed mid-way and restarted.
 */
describe(`scale-out: ${INSTANCES} instances on one Azurite, check-backs on its queue, one kill -9`, () => {
  let cluster: ScaleOutCluster;

  beforeAll(async () => {
    cluster = await startScaleOutCluster({ instances: INSTANCES, leaseSeconds: LEASE_SECONDS, logLevel: 'error' });
  }, 120_000);
  afterAll(async () => {
    await cluster?.stop();
  });

  it('keeps every acknowledged turn, in order, and sends each check-back once (none after its cancel)', { timeout: byScale(120_000, 900_000) }, async () => {
    const client = new HttpClient(cluster.url, CONNECTIONS);
    const random = new SeededRandom(28);
    const figures = { journeys: 0, journeyTurns: 0, journeysCutByKill: 0, clicks: 0, clicksCutByKill: 0, resentClicksAlreadyApplied: 0 };
    const problems: string[] = [];

    const loadStarted = Date.now();
    const running = () => Date.now() - loadStarted < LOAD_MS;

    /** One walkthrough: Done clicks, each acknowledged one checked to advance exactly one step. */
    const walk = async (index: number): Promise<Walk> => {
      const conversation = newConversation(`scale-out-walk-${index}`);
      const state: Walk = { conversation, acknowledgedStep: 0, unanswered: false, finished: false, mayHaveFinished: false, problems: [] };
      const journey = await runJourney(client, conversation, CLEAR_TENANT).catch(() => undefined);
      if (!journey || journey.failures.length > 0) {
        figures.journeysCutByKill++;
        return state;
      }
      let turn = await sendTurn(client, conversation, { value: { action: 'diagnosis', choice: 'start-walkthrough' } }).catch(() => undefined);
      let done = turn && turn.failures.length === 0 ? doneButton(turn.replies) : undefined;
      if (!done) return state;
      state.acknowledgedStep = 1;
      // At least two clicks each, however slow the machine: the drill checks their order.
      while ((running() || state.acknowledgedStep < 3) && done) {
        const clicked = done;
        turn = await sendTurn(client, conversation, { value: clicked }).catch(() => undefined);
        figures.clicks++;
        if (!turn || turn.failures.length > 0) {
          figures.clicksCutByKill++;
          // As a channel retries: the same click again, to whichever instance the proxy picks.
          turn = await sendTurn(client, conversation, { value: clicked }).catch(() => undefined);
          if (!turn || turn.failures.length > 0) {
            state.unanswered = true;
            state.mayHaveFinished = true;
            return state;
          }
          if (wordsOf(turn.replies).includes(STALE_CARD)) {
            // The first click was applied before its reply was lost: the conversation is one step on.
            figures.resentClicksAlreadyApplied++;
            state.acknowledgedStep++;
            state.mayHaveFinished = true;
            return state;
          }
        }
        const next = doneButton(turn.replies);
        if (!next) {
          // Done on the last step: the walkthrough ends, and says so.
          state.finished = wordsOf(turn.replies).includes(WALKTHROUGH_FINISHED);
          if (!state.finished) state.problems.push(`after step ${state.acknowledgedStep}: neither the next step nor the end: ${wordsOf(turn.replies).slice(0, 160)}`);
          return state;
        }
        const shown = Number(next['stepIndex']) + 1;
        if (shown !== state.acknowledgedStep + 1) state.problems.push(`acknowledged step ${state.acknowledgedStep}, then the reply showed step ${shown}`);
        state.acknowledgedStep = shown;
        done = next;
      }
      return state;
    };

    const walks: Walk[] = [];
    const journeyWorker = async (worker: number) => {
      for (let index = 0; running(); index++) {
        // Half the connections run the bench's journey; the others walk through the change, clicking Done.
        if (worker % 2 === 0) {
          const outcome = await runJourney(client, newConversation(`scale-out-journey-${worker}-${index}`), randomTenantFacts(random)).catch(() => undefined);
          if (outcome && outcome.failures.length === 0) {
            figures.journeys++;
            figures.journeyTurns += outcome.turns.length;
          } else if (outcome && !outcome.failures.every((failure) => /^HTTP 50[23]$/.test(failure))) problems.push(`journey ${outcome.conversationId}: ${outcome.failures.join('; ')}`);
          else figures.journeysCutByKill++;
        } else {
          walks.push(await walk(worker * 10_000 + index));
        }
      }
    };
    // Check-backs: booked during the load through the same store and queue the bots use, each due a
    // moment later, every tenth cancelled at once; they fall due among the turns and the kill.
    const booked: ReturnType<typeof drillCheckBack>[] = [];
    const cancelled = new Set<string>();
    let bookingMs = 0;
    const booker = async () => {
      const started = Date.now();
      for (let start = 0; start < CHECK_BACKS; start += 20) {
        const batch = Array.from({ length: Math.min(20, CHECK_BACKS - start) }, (_, offset) =>
          drillCheckBack(cluster.connector.serviceUrl, `check-back-${start + offset}`, 2_000 + random.int(0, DUE_WITHIN_MS)),
        );
        booked.push(...batch);
        await Promise.all(
          batch.map(async (checkBack, offset) => {
            await cluster.checkBacks.schedule(checkBack);
            if ((start + offset) % CANCELLED_EVERY === 0 && (await cluster.checkBacks.cancel(checkBack.conversationKey))) cancelled.add(checkBack.conversationKey);
          }),
        );
      }
      bookingMs = Date.now() - started;
    };
    const killer = async () => {
      await sleep(LOAD_MS * 0.4);
      cluster.kill(1);
      await sleep(1_000);
      await cluster.restart(1);
    };
    await Promise.all([booker(), killer(), ...Array.from({ length: CONNECTIONS }, (_, worker) => journeyWorker(worker))]);

    // Every acknowledged click is kept: the bot says the conversation is on that step (or one on, when a last unanswered click was applied).
    for (const state of walks) {
      if (state.acknowledgedStep > 0 && !state.finished) {
        const step = await currentStep(client, state.conversation);
        const allowed = state.unanswered ? [state.acknowledgedStep, state.acknowledgedStep + 1] : [state.acknowledgedStep];
        if (step === undefined ? !state.mayHaveFinished : !allowed.includes(step)) state.problems.push(`acknowledged step ${state.acknowledgedStep}, "where was I" says ${step}`);
      }
      problems.push(...state.problems.map((problem) => `${state.conversation.id}: ${problem}`));
    }

    // Azurite stopped while check-backs are due: the instances log errors, survive, and send them once it is back.
    const duringOutage = Array.from({ length: 10 }, (_, index) => drillCheckBack(cluster.connector.serviceUrl, `outage-${index}`, 1_500));
    await Promise.all(duringOutage.map((checkBack) => cluster.checkBacks.schedule(checkBack)));
    booked.push(...duringOutage);
    await cluster.azurite.pause();
    await sleep(byScale(3_000, 10_000));
    await cluster.azurite.resume();
    const afterOutage = await Promise.all(Array.from({ length: INSTANCES * 2 }, () => sendTurn(client, newConversation('after-outage'), { text: 'hello' })));
    expect(afterOutage.map((turn) => turn.status)).toEqual(afterOutage.map(() => 200));

    // Check-backs: wait until every booking is settled in storage, then count what the channel got.
    const settle = async (checkBack: (typeof booked)[number]) => (await cluster.items.read(checkBack.conversationKey)).value?.status;
    const deadline = Date.now() + byScale(60_000, 180_000) + LEASE_SECONDS * 1000;
    let statuses: (string | undefined)[] = [];
    while (Date.now() < deadline) {
      statuses = await Promise.all(booked.map(settle));
      if (statuses.every((status) => status === 'sent' || status === 'failed' || status === 'cancelled')) break;
      await sleep(1_000);
    }
    const lastSend = Math.max(...[...cluster.connector.posted.values()].flat());
    const counts = booked.map((checkBack) => ({ key: checkBack.conversationKey, posts: cluster.connector.posted.get(checkBack.conversationKey.slice('drill/'.length))?.length ?? 0 }));
    const outcomeUnknown = statuses.filter((status) => status === 'failed').length;
    const sentTwice = counts.filter((count) => count.posts > 1);
    const sentAfterCancel = counts.filter((count) => cancelled.has(count.key) && count.posts > 0);
    const notSent = counts.filter((count, index) => !cancelled.has(count.key) && count.posts === 0 && statuses[index] !== 'failed');

    reportDrill('scale-out', {
      instances: INSTANCES,
      loadSeconds: LOAD_MS / 1000,
      journeys: figures.journeys,
      journeyTurns: figures.journeyTurns,
      walkthroughs: walks.length,
      walkthroughsFinished: walks.filter((state) => state.finished).length,
      clicks: figures.clicks,
      cutByKill: figures.journeysCutByKill + figures.clicksCutByKill,
      resentAlreadyApplied: figures.resentClicksAlreadyApplied,
      checkBacks: booked.length,
      bookingMs,
      cancelled: cancelled.size,
      sentOnce: counts.filter((count) => count.posts === 1).length,
      sentTwice: sentTwice.length,
      sentAfterCancel: sentAfterCancel.length,
      givenUpMidPost: outcomeUnknown,
      notSent: notSent.length,
      lastSendAfterLoadStartMs: lastSend - loadStarted,
    });
    client.close();
    expect(problems).toEqual([]);
    expect(walks.filter((state) => state.acknowledgedStep > 1).length).toBeGreaterThan(0);
    expect({ sentTwice, sentAfterCancel, notSent }).toEqual({ sentTwice: [], sentAfterCancel: [], notSent: [] });
    // A check-back given up because its sender died after calling the channel: at most those in flight at the kill.
    expect(outcomeUnknown).toBeLessThanOrEqual(32);
    expect(statuses.filter((status) => status === 'sent').length + outcomeUnknown + cancelled.size).toBe(booked.length);
  });
});
