import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../domain/text-normalize.js';

describe('normalizeText', () => {
  it('folds case, accents and punctuation into padded words, with clause and question marks', () => {
    expect(normalizeText('Però: E3 -> E5?')).toBe(' pero | e3 to e5 ? | ');
    expect(normalizeText('1.200 users, please')).toBe(' 1200 users | please ');
  });

  it('gives each text its own reading when many texts come and go (the recent ones are kept)', () => {
    const texts = Array.from({ length: 40 }, (_, i) => `Plan ${i}, São Paulo!`);
    const first = texts.map((text) => normalizeText(text));
    const again = [...texts].reverse().map((text) => normalizeText(text)).reverse();
    expect(again).toEqual(first);
    expect(first[7]).toBe(' plan 7 | sao paulo | ');
    expect(normalizeText('Però')).toBe(' pero ');
  });
});
