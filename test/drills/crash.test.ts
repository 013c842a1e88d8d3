import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diagnose, type FactKey, type TenantFacts } from '../../domain/index.js';
import { messagesFor } from '../../i18n/index.js';
import { newConversation, type Conversation } from '../../bench/support/activities.js';
import { submitsOf, wordsOf } from '../../bench/support/bot-replies.js';
import { startChildServer, type ChildServer } from '../../bench/support/child-server.js';
import { HttpClient } from '../../bench/support/http-client.js';
import { answerFor, diagnosisProblems, sendTurn, type TurnResult } from '../../bench/support/journey.js';
import { randomTenantFacts } from '../../bench/support/random-facts.js';
import { SeededRandom } from '../../bench/support/seeded-random.js';
import { byScale, reportDrill } from './drill-scale.js';

const CONVERSATIONS = byScale(12, 60);
const CRASHES = byScale(1, 4);
const STALE_CARD = messagesFor('en').ui.staleCard;

/** What the client knows of one conversation: what the bot last acknowledged, and a turn it never heard back about. */
interface Tracked {
  conversation: Conversation;
  facts: TenantFacts;
  /** Facts the bot acknowledged (its reply arrived). */
  told: Partial<TenantFacts>;
  asked: FactKey[];
  /** The answer to the question in the last acknowledged reply (one fact or a form of several); undefined before the first turn. */
  pending?: Answer;
  /** The answer sent when the bot died, never acknowledged. */
  unacknowledged?: Answer;
  done: boolean;
  problems: string[];
}

type Answer = NonNullable<ReturnType<typeof answerFor>>;

/** The answer to the question the reply asks, from the conversation's facts. */
function questionIn(turn: TurnResult, facts: TenantFacts): Answer | undefined {
  return answerFor(submitsOf(turn.replies), facts);
}

function remember(tracked: Tracked, answered: Answer): void {
  for (const fact of answered.asked) Object.assign(tracked.told, { [fact]: tracked.facts[fact] });
}

/** Notes the facts a reply asks; a problem when any was asked before (the conversation went back). */
function noteAsked(tracked: Tracked, next: Answer, after = ''): void {
  const again = next.asked.filter((fact) => tracked.asked.includes(fact));
  if (again.length > 0) tracked.problems.push(`${after}asked ${again.join(', ')} again: the conversation went back`);
  tracked.asked.push(...next.asked);
}

/** Records an acknowledged reply: the diagnosis (checked) or the next question. */
function acknowledge(tracked: Tracked, turn: TurnResult, answered?: Answer): void {
  if (answered) remember(tracked, answered);
  if (submitsOf(turn.replies).some((submit) => submit.action === 'diagnosis')) {
    tracked.done = true;
    tracked.problems.push(...diagnosisProblems(turn.replies, { ...tracked.told, currentPlan: tracked.facts.currentPlan } as TenantFacts, tracked.facts));
    return;
  }
  const next = questionIn(turn, tracked.facts);
  if (!next) tracked.problems.push(`neither a question nor a diagnosis: ${wordsOf(turn.replies).slice(0, 160)}`);
  else noteAsked(tracked, next);
  tracked.pending = next;
}

describe(`crash: kill -9 under load ${CRASHES} time(s), restart on the same DATA_DIR`, () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('keeps every acknowledged turn: each conversation resumes at the question after its last acknowledged answer', { timeout: byScale(90_000, 600_000) }, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'ua-drill-crash-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const env = { STORAGE: 'lowdb', DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
    const random = new SeededRandom(99);
    const conversations: Tracked[] = Array.from({ length: CONVERSATIONS }, (_, index) => ({
      conversation: newConversation(`crash-${index}`),
      facts: randomTenantFacts(random),
      told: {},
      asked: [],
      done: false,
      problems: [],
    }));
    let acknowledgedTurns = 0;
    let lostTurns = 0;
    let resentTurns = 0;
    let staleAfterResend = 0;

    const start = async (): Promise<{ server: ChildServer; client: HttpClient }> => {
      const server = await startChildServer('upgrade-assistant', { env });
      const client = new HttpClient(server.url, CONVERSATIONS);
      cleanups.push(async () => {
        client.close();
        await server.stop();
      });
      return { server, client };
    };

    /** One turn of one conversation; false when the bot did not answer (it is being killed). */
    const step = async (client: HttpClient, tracked: Tracked): Promise<boolean> => {
      const answering = tracked.pending;
      const content = answering ? { value: answering.value } : { text: 'Can I upgrade?' };
      let turn: TurnResult;
      try {
        turn = await sendTurn(client, tracked.conversation, content);
      } catch {
        tracked.unacknowledged = answering;
        return false;
      }
      if (turn.failures.length > 0) {
        tracked.problems.push(...turn.failures);
        return false;
      }
      acknowledgedTurns++;
      acknowledge(tracked, turn, answering);
      return true;
    };

    for (let crash = 0; crash <= CRASHES; crash++) {
      const { server, client } = await start();
      // After a restart: a conversation whose last answer went unanswered sends it again, as a channel retries.
      for (const tracked of conversations.filter((candidate) => candidate.unacknowledged && !candidate.done)) {
        const resent = tracked.unacknowledged as Answer;
        const named = resent.asked.join(', ');
        resentTurns++;
        const turn = await sendTurn(client, tracked.conversation, { value: resent.value });
        tracked.unacknowledged = undefined;
        if (turn.failures.length > 0) {
          tracked.problems.push(...turn.failures);
          continue;
        }
        acknowledgedTurns++;
        if (wordsOf(turn.replies).includes(STALE_CARD)) {
          // The answer was saved before the kill, only its reply was lost: the bot says so and asks the next question.
          staleAfterResend++;
          remember(tracked, resent);
          const next = questionIn(turn, tracked.facts);
          if (next === undefined) {
            // That was the last answer: the lost reply was the diagnosis, which "where was I" names.
            const expected = diagnose({ ...tracked.told, currentPlan: tracked.facts.currentPlan } as TenantFacts);
            const whereWasI = await sendTurn(client, tracked.conversation, { text: 'where was I' });
            if (!wordsOf(whereWasI.replies).includes(messagesFor('en').paths[expected.path])) tracked.problems.push(`after a resent ${named}: not at the ${expected.path} diagnosis`);
            tracked.done = true;
          } else noteAsked(tracked, next, `after a resent ${named}: `);
          tracked.pending = next;
        } else {
          acknowledge(tracked, turn, resent);
        }
      }
      // Spread the kills over the work left (a journey is about 4 turns, a form asking several facts), so every kill lands under load.
      const turnsLeft = conversations.filter((tracked) => !tracked.done).reduce((sum, tracked) => sum + Math.max(1, 4 - Math.ceil(tracked.asked.length / 3)), 0);
      const killAfter = crash < CRASHES ? acknowledgedTurns + random.int(1, Math.max(1, Math.floor(turnsLeft / (CRASHES - crash + 1)))) : Number.POSITIVE_INFINITY;
      let killed = false;
      await Promise.all(
        conversations.map(async (tracked) => {
          while (!tracked.done && !killed && tracked.problems.length === 0) {
            const answered = await step(client, tracked);
            if (!answered) {
              lostTurns++;
              return;
            }
            if (acknowledgedTurns >= killAfter && !killed) {
              killed = true;
              process.kill(server.pid, 'SIGKILL');
            }
          }
        }),
      );
      expect(killed || crash === CRASHES).toBe(true);
    }

    const failures = conversations.filter((tracked) => tracked.problems.length > 0 || !tracked.done);
    reportDrill('crash', {
      conversations: CONVERSATIONS,
      kills: CRASHES,
      acknowledgedTurns,
      turnsCutByKill: lostTurns,
      resent: resentTurns,
      resentAlreadySaved: staleAfterResend,
      failedConversations: failures.length,
    });
    expect(failures.map((tracked) => `${tracked.conversation.id}: ${tracked.problems.join('; ') || 'unfinished'}`)).toEqual([]);
  });
});
