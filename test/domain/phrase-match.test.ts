import { describe, expect, it } from 'vitest';
import { compilePhraseList, compilePhrases, findEveryPhrase, findPhrases, matchesOf } from '../../domain/phrase-match.js';

const COLORS = compilePhrases({ red: ['red', 'dark red'], wine: ['red wine'], none: [] });

describe('finding phrases', () => {
  it('finds whole words only, the longest where hits overlap, in reading order', () => {
    expect(findPhrases(' a dark red and a red wine ', COLORS)).toEqual([
      { value: 'red', start: 3, end: 11 },
      { value: 'wine', start: 18, end: 26 },
    ]);
    expect(findPhrases(' reddish ', COLORS)).toEqual([]);
  });

  it('gives every hit of every value when asked, overlapping ones too', () => {
    expect(findEveryPhrase(' red wine ', COLORS)).toEqual([
      { value: 'red', start: 1, end: 4 },
      { value: 'wine', start: 1, end: 9 },
    ]);
  });

  it('reads the same text again and again with the same compiled patterns', () => {
    const first = findPhrases(' red red ', COLORS);
    expect(findPhrases(' red red ', COLORS)).toEqual(first);
    expect(first).toHaveLength(2);
  });

  it('finds nothing with a table of no phrases, and keeps a value listed twice as two entries', () => {
    expect(findPhrases(' red ', compilePhrases({ none: [] }))).toEqual([]);
    const twice = compilePhraseList([
      ['red', ['red']],
      ['red', ['dark red']],
    ]);
    expect(findEveryPhrase(' dark red ', twice)).toEqual([
      { value: 'red', start: 6, end: 9 },
      { value: 'red', start: 1, end: 9 },
    ]);
  });

  it('stops on a pattern that matches the empty string', () => {
    expect(matchesOf('abc', /x*/g)).toHaveLength(4);
  });
});
