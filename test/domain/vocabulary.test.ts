import { describe, expect, it } from 'vitest';
import {
  EN,
  IT,
  JOURNEYS,
  NEXT_MOVES,
  QUESTION_TOPICS,
  STEP_WORDS,
  TYPED_COMMANDS,
  VOCABULARIES,
  normalizeWords,
  readAnswer,
  saysDontKnow,
  tableOfEveryLanguage,
  wholeMessageWord,
  type Vocabulary,
} from '../../domain/index.js';

/** Every regex source of a vocabulary, with where it sits. */
function sources(vocabulary: Vocabulary): [string, string][] {
  const found: [string, string][] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') found.push([path, value]);
    else if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`));
    else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`);
  };
  walk({ ...vocabulary, numbers: {}, adminCenterMessages: {} }, vocabulary.language);
  return found;
}

describe('one vocabulary per language', () => {
  it.each([EN, IT])('$language: every phrase is a regex that never matches an empty text', (vocabulary) => {
    // A range's words before the first number may be none ("300 or 400").
    for (const [path, source] of sources(vocabulary).filter(([path]) => !path.endsWith('.before'))) {
      const pattern = new RegExp(`^(?:${source})$`);
      expect(pattern.test(''), path).toBe(false);
    }
  });

  it('has the same keys in every language for what the dialogs read', () => {
    for (const vocabulary of Object.values(VOCABULARIES)) {
      expect(Object.keys(vocabulary.commands)).toEqual([...TYPED_COMMANDS]);
      expect(Object.keys(vocabulary.journeys).sort()).toEqual([...JOURNEYS].sort());
      expect(Object.keys(vocabulary.stepWords)).toEqual([...STEP_WORDS]);
      expect(Object.keys(vocabulary.nextMoves)).toEqual([...NEXT_MOVES]);
      expect(Object.keys(vocabulary.questions.topics).sort()).toEqual([...QUESTION_TOPICS].sort());
      for (const topic of Object.keys(vocabulary.questions.worries)) expect(QUESTION_TOPICS).toContain(topic);
    }
  });
});

describe('words typed as a whole message', () => {
  it.each([
    ['done', 'done'],
    ['OK fatto!', 'done'],
    ['avanti', 'done'],
    ['go back', 'back'],
    ['Indietro', 'back'],
    ['next step please', undefined],
  ])('under a step, "%s" is %s', (text, expected) => {
    expect(wholeMessageWord(text, tableOfEveryLanguage((v) => v.stepWords))).toBe(expected);
  });

  it.each([
    ['check again', 'recheck'],
    ['Ricontrolla', 'recheck'],
    ['yes', 'start-walkthrough'],
    ['sì', 'start-walkthrough'],
    ['start over', 'start-over'],
    ['maybe later', undefined],
  ])('under a diagnosis, "%s" is %s', (text, expected) => {
    expect(wholeMessageWord(text, tableOfEveryLanguage((v) => v.nextMoves))).toBe(expected);
  });

  it('reads accents and punctuation alike', () => {
    expect(normalizeWords('  Sì!  ')).toBe('si');
    expect(normalizeWords('Perché?')).toBe('perche');
  });
});

describe('one "don\'t know" list for skipping a question and for reading an answer', () => {
  it.each(["I don't know", 'no idea', 'No idea.', 'sorry, no idea', 'not sure', 'skip', 'unknown', 'idk', 'non lo so', 'boh', 'non sono sicura', 'salta'])(
    '"%s" skips the question and is no answer',
    (text) => {
      expect(saysDontKnow(text)).toBe(true);
      expect(readAnswer('trial', text)).toBeUndefined();
    },
  );

  it.each(['no', 'nope', 'I know: 40 users', 'not a trial'])('"%s" is an answer, not a skip', (text) => {
    expect(saysDontKnow(text)).toBe(false);
  });

  it.each(['maybe', 'maybe yes', 'forse sì', 'perhaps'])('"%s" is a doubt: neither a skip nor an answer, asked again', (text) => {
    expect(saysDontKnow(text)).toBe(false);
    expect(readAnswer('customDomain', text)).toBeUndefined();
  });
});
