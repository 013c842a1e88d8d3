/**
 * Numbers written as compound words, the Italian way: "trecentocinquanta", "duemila e cinquecento",
 * "ventotto", "un milione". The words come from a vocabulary (`NumberWords` of reader 'compound');
 * the rules are the language's: a group is [units + hundred][tens][units], a thousand or a million
 * closes a group, and a ten or "cento" drops its final vowel before a vowel ("vent-uno", "cent-otto").
 */

export interface CompoundLexicon {
  units: Readonly<Record<string, number>>;
  tens: Readonly<Record<string, number>>;
  hundred: readonly string[];
  thousand: readonly string[];
  million: readonly string[];
  joiners: readonly string[];
}

type Part =
  | { kind: 'unit'; value: number }
  | { kind: 'ten'; value: number }
  | { kind: 'hundred' }
  | { kind: 'scale'; value: number };

interface Morpheme {
  form: string;
  part: Part;
  /** Elided forms ("vent", "cent") stand only before a vowel. */
  beforeVowel: boolean;
}

const VOWEL = /^[aeiou]/;

function morphemesOf(lexicon: CompoundLexicon): Morpheme[] {
  const full = (form: string, part: Part): Morpheme => ({ form, part, beforeVowel: false });
  const elided = (form: string, part: Part): Morpheme => ({ form: form.slice(0, -1), part, beforeVowel: true });
  const morphemes = [
    ...Object.entries(lexicon.units).map(([form, value]) => full(form, { kind: 'unit', value })),
    ...Object.entries(lexicon.tens).flatMap(([form, value]) => [full(form, { kind: 'ten', value }), elided(form, { kind: 'ten', value })]),
    ...lexicon.hundred.flatMap((form) => [full(form, { kind: 'hundred' }), elided(form, { kind: 'hundred' })]),
    ...lexicon.thousand.map((form) => full(form, { kind: 'scale', value: 1000 })),
    ...lexicon.million.map((form) => full(form, { kind: 'scale', value: 1_000_000 })),
  ];
  // Longest first: "diciotto" before "dieci", "cento" before "cent".
  return morphemes.sort((a, b) => b.form.length - a.form.length);
}

/** The parts a word is made of, or undefined when it is not a number word. */
function split(word: string, morphemes: readonly Morpheme[], from = 0): Part[] | undefined {
  if (from === word.length) return [];
  for (const morpheme of morphemes) {
    if (!word.startsWith(morpheme.form, from)) continue;
    const next = from + morpheme.form.length;
    if (morpheme.beforeVowel && !VOWEL.test(word.slice(next))) continue;
    const rest = split(word, morphemes, next);
    if (rest) return [morpheme.part, ...rest];
  }
  return undefined;
}

/** Adds parts to a running number, refusing an order no number has ("venti trenta", "tre due"). */
class NumberBuilder {
  private total = 0;
  private group = 0;
  /** 0: nothing in this group yet; 1: after a hundred; 2: after a ten; 3: after a unit. */
  private phase = 0;
  private hasParts = false;

  add(part: Part): boolean {
    switch (part.kind) {
      case 'unit':
        if (this.phase === 3 || (this.phase === 2 && part.value >= 10)) return false;
        this.group += part.value;
        this.phase = 3;
        break;
      case 'ten':
        if (this.phase >= 2) return false;
        this.group += part.value;
        this.phase = 2;
        break;
      case 'hundred':
        if (this.phase === 1 || this.phase === 2 || this.group >= 10) return false;
        this.group = (this.group || 1) * 100;
        this.phase = 1;
        break;
      case 'scale':
        if (this.total !== 0 && this.total < part.value * 1000) return false;
        this.total += (this.group || 1) * part.value;
        this.group = 0;
        this.phase = 0;
        break;
    }
    this.hasParts = true;
    return true;
  }

  copy(): NumberBuilder {
    const copy = new NumberBuilder();
    Object.assign(copy, this);
    return copy;
  }

  get empty(): boolean {
    return !this.hasParts;
  }

  get value(): number {
    return this.total + this.group;
  }
}

export interface CompoundNumber {
  /** Index of its first and one past its last word. */
  from: number;
  to: number;
  value: number;
}

/** Reads the numbers written in words among `words`, each as the run of words it spans. */
export class CompoundNumberReader {
  private readonly morphemes: Morpheme[];
  private readonly joiners: ReadonlySet<string>;
  private readonly remembered = new Map<string, Part[] | null>();

  constructor(lexicon: CompoundLexicon) {
    this.morphemes = morphemesOf(lexicon);
    this.joiners = new Set(lexicon.joiners);
  }

  private partsOf(word: string): Part[] | undefined {
    let parts = this.remembered.get(word);
    if (parts === undefined) {
      parts = split(word, this.morphemes) ?? null;
      if (this.remembered.size > 5000) this.remembered.clear();
      this.remembered.set(word, parts);
    }
    return parts === null || parts.length === 0 ? undefined : parts;
  }

  read(words: readonly string[]): CompoundNumber[] {
    const found: CompoundNumber[] = [];
    let index = 0;
    while (index < words.length) {
      const first = this.partsOf(words[index] as string);
      let builder = new NumberBuilder();
      if (!first || !first.every((part) => builder.add(part))) {
        index++;
        continue;
      }
      let to = index + 1;
      for (;;) {
        const joined = this.joiners.has(words[to] ?? '') ? 1 : 0;
        const parts = this.partsOf(words[to + joined] ?? '');
        if (!parts) break;
        const attempt = builder.copy();
        if (!parts.every((part) => attempt.add(part))) break;
        builder = attempt;
        to += joined + 1;
      }
      if (!builder.empty) found.push({ from: index, to, value: builder.value });
      index = to;
    }
    return found;
  }
}
