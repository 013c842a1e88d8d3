import { randomUUID } from 'node:crypto';
import { FACT_KEYS } from '../../domain/index.js';
import { messageActivity, type Conversation } from '../../bench/support/activities.js';
import type { SeededRandom } from '../../bench/support/seeded-random.js';

/** One request the fuzzer sends, and what kind of answer is acceptable for it. */
export interface FuzzCase {
  kind: string;
  body: string;
  contentType: string;
  /** A message the bot must answer (a 200 with at least one reply) if it takes it at all. */
  mustReply: boolean;
}

const ACTIVITY_FIELDS = ['type', 'id', 'text', 'value', 'channelId', 'serviceUrl', 'deliveryMode', 'locale', 'from', 'recipient', 'conversation', 'attachments', 'entities', 'timestamp', 'replyToId', 'membersAdded', 'channelData', 'name'] as const;
const OTHER_TYPES = ['conversationUpdate', 'installationUpdate', 'event', 'invoke', 'typing', 'messageReaction', 'endOfConversation', 'messageUpdate', 'trace', 'handoff', '🤖', ''];
const ACTIONS = ['answer', 'diagnosis', 'step', 'menu', 'triage-form', 'open-case'];

function randomString(random: SeededRandom, maxLength: number): string {
  const alphabets = ['abcdefghijklmnopqrstuvwxyz ', '0123456789', 'àèéìòù€ß漢字🙂\u200b\u0000\n\t"\\{}[]<>', 'E3 E5 Business Premium yes no sì non so '];
  const alphabet = [...random.pick(alphabets)];
  return Array.from({ length: random.int(0, maxLength) }, () => random.pick(alphabet)).join('');
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Any JSON value, nested a few levels. */
export function randomJson(random: SeededRandom, depth = 0): unknown {
  const kind = random.int(0, depth > 2 ? 4 : 6);
  switch (kind) {
    case 0:
      return null;
    case 1:
      return random.chance(0.5);
    case 2:
      return random.pick([0, -1, 1.5, 1e308, -0, 2 ** 53 + 1, random.int(-1000, 1000)]);
    case 3:
      return randomString(random, 40);
    case 4:
      return random.pick(['', 'true', 'false', '42', 'skip', 'o365-enterprise-e3', 'done', '__proto__', 'constructor']);
    case 5:
      return Array.from({ length: random.int(0, 4) }, () => randomJson(random, depth + 1));
    default: {
      const object: Record<string, unknown> = {};
      for (let index = random.int(0, 5); index > 0; index--) {
        object[random.pick([...ACTIVITY_FIELDS, 'action', 'fact', 'value', 'choice', 'command', 'walkthroughId', 'stepIndex', 'caseId', randomString(random, 8)])] = randomJson(random, depth + 1);
      }
      return object;
    }
  }
}

/** A card submit that looks like ours but is not one the bot sent: wrong ids, wrong facts, wrong values. */
function lookalikeSubmit(random: SeededRandom): Record<string, unknown> {
  const action = random.pick(ACTIONS);
  switch (action) {
    case 'answer':
      return { action, fact: random.chance(0.8) ? random.pick(FACT_KEYS) : randomString(random, 12), value: random.chance(0.5) ? randomString(random, 20) : randomJson(random) };
    case 'step':
      return { action, command: random.pick(['done', 'back', 'help', 'stop', 'jump']), walkthroughId: random.chance(0.5) ? randomUUID() : randomJson(random), stepIndex: random.pick([0, 1, 7, -1, 99, 100, 1.5, '0']) };
    case 'diagnosis':
      return { action, choice: random.pick(['start-walkthrough', 'recheck', 'start-over', 'explode', 42]) };
    case 'menu':
      return { action, choice: random.pick(['can-i-upgrade', 'resume', 'triage', 'nope', '']) };
    case 'open-case':
      return { action, caseId: random.pick(['UA-0000-0000', 'ua-1234', '../../etc/passwd', randomString(random, 30)]) };
    default:
      return { action, ...Object.fromEntries(FACT_KEYS.map((fact) => [fact, random.chance(0.5) ? randomString(random, 10) : randomJson(random)])) };
  }
}

/** The next request: a seeded mix of broken bodies, broken activities and hostile but well-formed messages. */
export function nextFuzzCase(random: SeededRandom, conversation: Conversation): FuzzCase {
  const json = (value: unknown, kind: string, mustReply = false): FuzzCase => ({ kind, body: JSON.stringify(value), contentType: 'application/json', mustReply });
  const roll = random.int(0, 9);
  switch (roll) {
    case 0:
      return json(randomJson(random), 'random JSON');
    case 1: {
      const text = JSON.stringify(messageActivity(conversation, { text: 'hello' }));
      const cut = random.int(1, text.length - 1);
      const spliced = `${text.slice(0, cut)}${random.pick(['}', ',,', '\u0000', 'NaN', '"'])}${text.slice(cut)}`;
      // A splice inside a string can still be valid JSON; a cut before the closing brace never is.
      const body = random.chance(0.5) && !parsesAsJson(spliced) ? spliced : text.slice(0, cut);
      return { kind: 'malformed JSON', body, contentType: 'application/json', mustReply: false };
    }
    case 2:
      return { kind: 'wrong content type', body: JSON.stringify(messageActivity(conversation, { text: 'hello' })), contentType: random.pick(['text/plain', 'application/x-www-form-urlencoded', 'application/xml']), mustReply: false };
    case 3: {
      const activity = messageActivity(conversation, { text: 'hello' });
      for (let index = random.int(1, 3); index > 0; index--) activity[random.pick(ACTIVITY_FIELDS)] = randomJson(random);
      return json(activity, 'wrong field types');
    }
    case 4: {
      const size = random.pick([10_000, 100_000, 200_000, 300_000]);
      const field = random.pick(['text', 'locale', 'conversationId', 'value']);
      const huge = 'x'.repeat(size);
      const activity =
        field === 'conversationId' ? messageActivity({ ...conversation, id: huge }, { text: 'hi' })
        : field === 'value' ? messageActivity(conversation, { value: { action: 'answer', fact: 'currentPlan', value: huge } })
        : messageActivity(conversation, { text: field === 'text' ? huge : 'hi' });
      if (field === 'locale') activity['locale'] = huge;
      return json(activity, 'huge strings', size < 200_000 && field !== 'conversationId' && field !== 'locale');
    }
    case 5:
      return json(messageActivity(conversation, { value: { ...(randomJson(random) as object), action: randomString(random, 15) } }), 'unknown action', true);
    case 6:
    case 7:
      return json(messageActivity(conversation, { value: lookalikeSubmit(random) }), 'lookalike card submit', true);
    case 8: {
      const activity = messageActivity(conversation, {});
      activity['type'] = random.pick(OTHER_TYPES);
      if (random.chance(0.5)) activity['membersAdded'] = randomJson(random);
      if (random.chance(0.3)) activity['name'] = randomString(random, 20);
      if (random.chance(0.3)) activity['value'] = randomJson(random);
      return json(activity, 'other activity types');
    }
    default:
      return json(messageActivity(conversation, { text: randomString(random, 200) }), 'random text', true);
  }
}
