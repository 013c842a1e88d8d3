import { ADMIN_CENTER_MESSAGES, type AdminCenterMessageId } from './admin-center-messages.js';
import type { ReasonId } from './reasons.js';
import { TenantFactsSchema, type TenantFacts } from './tenant-facts.js';
import { editDistance, normalizeText } from './text-normalize.js';
import { anyOf, VOCABULARIES } from './vocabulary/index.js';

/**
 * Recognises a message pasted from the admin center, in English or Italian, loosely: part of the
 * sentence, any case or punctuation, a few typos, a lead such as "the page says:". Each text is
 * compared with every wording of every message by the words they share, each word weighted by how
 * rare it is among the messages ("licenses" tells more than "you" or "subscription").
 */

export interface PastedAdminCenterMessage {
  id: AdminCenterMessageId;
  reason?: ReasonId;
  /** The facts it states (see `ADMIN_CENTER_MESSAGES`), already valid facts. */
  facts: Partial<TenantFacts>;
}

/**
 * How much of a wording the text must cover, and how much of the text must be that wording (both
 * by weight). A message pasted on purpose may also be a short piece of a long one, if that piece
 * is nearly all message words and holds a few rare ones ("saldo non pagato"); a whole chat message
 * taken for a pasted one must be little else than it.
 */
export type MessageMatch = 'pasted' | 'whole-message';
interface Threshold {
  coverage: number;
  precision: number;
}
const THRESHOLDS: Readonly<Record<MessageMatch, readonly Threshold[]>> = {
  pasted: [
    { coverage: 0.55, precision: 0.6 },
    { coverage: 0, precision: 0.8 },
  ],
  'whole-message': [{ coverage: 0.8, precision: 0.8 }],
};
/** The weight a short piece must share with a wording: about two words that few messages have. */
const MIN_PIECE_WEIGHT = 5;

interface Wording {
  id: AdminCenterMessageId;
  words: readonly string[];
  /** The sum of its words' weights, fixed once the weights are known. */
  weight: number;
}

/** The words of already normalized text. */
function wordsIn(normalized: string): string[] {
  return normalized.split(' ').filter((word) => /^[a-z0-9]+$/.test(word));
}

function wordsOf(text: string): string[] {
  return wordsIn(normalizeText(text));
}

const WORDING_WORDS: readonly Omit<Wording, 'weight'>[] = Object.values(VOCABULARIES).flatMap((vocabulary) =>
  (Object.entries(vocabulary.adminCenterMessages) as [AdminCenterMessageId, readonly string[]][]).flatMap(([id, texts]) =>
    texts.map((text) => ({ id, words: [...new Set(wordsOf(text))] })),
  ),
);

/** Rarer words weigh more: log(1 + wordings / wordings that have the word). */
const WEIGHTS: ReadonlyMap<string, number> = (() => {
  const counts = new Map<string, number>();
  for (const wording of WORDING_WORDS) for (const word of wording.words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return new Map([...counts].map(([word, count]) => [word, Math.log(1 + WORDING_WORDS.length / count)]));
})();

const WORDINGS: readonly Wording[] = WORDING_WORDS.map((wording) => ({
  ...wording,
  weight: wording.words.reduce((sum, word) => sum + (WEIGHTS.get(word) ?? 0), 0),
}));
/** A word no message has weighs as much as the rarest. */
const UNKNOWN_WEIGHT = Math.log(1 + WORDING_WORDS.length);
const KNOWN_WORDS = [...WEIGHTS.keys()];

const StatedFactsSchema = TenantFactsSchema.partial();

/** Words before the message, not part of it: "the page says:". */
const LEAD = new RegExp(`^ ${anyOf((v) => v.pastedMessageLeads)} (?:\\| )?`);
// A lead inside the message ("We're on E3 and it says: …"): what follows it is the message.
const INNER_LEAD = new RegExp(` ${anyOf((v) => v.pastedMessageLeads)} (?:\\| )?`);

/**
 * The message word a typed word stands for: itself, one it runs together with its ending ("isnt",
 * "whats"), or one it misspells (as `correctSpelling` allows).
 */
function messageWord(word: string): string | undefined {
  if (WEIGHTS.has(word)) return word;
  if (rememberedWords.has(word)) return rememberedWords.get(word);
  const found = searchMessageWord(word);
  if (rememberedWords.size >= MAX_REMEMBERED) rememberedWords.clear();
  rememberedWords.set(word, found);
  return found;
}

/** Words repeat across turns: the search over every message word is done once a word, within bounds. */
const rememberedWords = new Map<string, string | undefined>();
const MAX_REMEMBERED = 2000;

function searchMessageWord(word: string): string | undefined {
  const joined = KNOWN_WORDS.find((known) => known.length >= 3 && word.startsWith(known) && word.length - known.length <= 2);
  if (joined !== undefined) return joined;
  if (word.length < 5) return undefined;
  const cap = word.length >= 8 ? 2 : 1;
  return KNOWN_WORDS.find((known) => !known.startsWith(word) && editDistance(word, known, cap) <= cap);
}

function weightOf(word: string): number {
  return WEIGHTS.get(word) ?? UNKNOWN_WEIGHT;
}

function score(typed: ReadonlySet<string>, typedWeight: number, wording: Wording): { coverage: number; precision: number; shared: number } {
  let shared = 0;
  for (const word of wording.words) if (typed.has(word)) shared += weightOf(word);
  return { coverage: shared / wording.weight, precision: typedWeight === 0 ? 0 : shared / typedWeight, shared };
}

function fits(match: MessageMatch, { coverage, precision, shared }: ReturnType<typeof score>): boolean {
  return THRESHOLDS[match].some((threshold) => coverage >= threshold.coverage && precision >= threshold.precision && (threshold.coverage > 0 || shared >= MIN_PIECE_WEIGHT));
}

/** Whether the weights alone leave room for a fit: what is shared weighs no more than either side. */
function couldFit(match: MessageMatch, typedWeight: number, wording: Wording): boolean {
  return THRESHOLDS[match].some((threshold) => wording.weight >= threshold.precision * typedWeight && typedWeight >= threshold.coverage * wording.weight);
}

/**
 * The admin-center message a text is, with the reason it maps to and the facts it states; undefined
 * when it is none of them. `match` says how strict: see `MessageMatch`.
 */
export function readAdminCenterMessage(text: string, match: MessageMatch = 'pasted'): PastedAdminCenterMessage | undefined {
  const normalized = normalizeText(text);
  if (!wordsIn(normalized).some((word) => WEIGHTS.has(word))) return undefined;
  // A lead may also be the message's own words ("I see a different message..."): both are tried.
  const inner = INNER_LEAD.exec(normalized);
  const afterLead = inner ? ` ${normalized.slice(inner.index + inner[0].length)}` : normalized;
  const readings = new Set([normalized, normalized.replace(LEAD, ' '), afterLead]);
  let best: { id: AdminCenterMessageId; fit: number } | undefined;
  for (const reading of readings) {
    const typed = new Set(wordsIn(reading).map((word) => messageWord(word) ?? word));
    const typedWeight = [...typed].reduce((sum, word) => sum + weightOf(word), 0);
    for (const wording of WORDINGS) {
      if (!couldFit(match, typedWeight, wording)) continue;
      const scored = score(typed, typedWeight, wording);
      if (!fits(match, scored)) continue;
      const fit = (2 * scored.coverage * scored.precision) / (scored.coverage + scored.precision);
      if (best === undefined || fit > best.fit) best = { id: wording.id, fit };
    }
  }
  if (best === undefined) return undefined;
  const message = ADMIN_CENTER_MESSAGES[best.id];
  return {
    id: message.id,
    ...(message.reason === undefined ? {} : { reason: message.reason }),
    facts: StatedFactsSchema.parse(message.implies),
  };
}
