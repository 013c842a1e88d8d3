import { describe, expect, test } from 'vitest';
import { languageFromLocale, parseLanguageRequest } from '../../i18n/index.js';

describe('languageFromLocale: Italian for any Italian locale, English for everything else', () => {
  test.each([
    ['it', 'it'],
    ['it-IT', 'it'],
    ['it-CH', 'it'],
    ['IT-it', 'it'],
    ['it_IT', 'it'],
    ['en-US', 'en'],
    ['en', 'en'],
    ['fr-FR', 'en'],
    ['de', 'en'],
    ['italian', 'en'],
    ['', 'en'],
    ['   ', 'en'],
    ['%%%', 'en'],
    [undefined, 'en'],
  ] as const)('%j → %s', (locale, expected) => {
    expect(languageFromLocale(locale)).toBe(expected);
  });
});

describe('parseLanguageRequest', () => {
  test.each([
    ['italiano', 'it'],
    ['Italiano', 'it'],
    ['italian', 'it'],
    ['ITALIAN!', 'it'],
    ['switch to Italian please', 'it'],
    ['in italiano', 'it'],
    ['parla italiano', 'it'],
    ['ita', 'it'],
    ['english', 'en'],
    ['English.', 'en'],
    ['inglese', 'en'],
    ["passa all'inglese", 'en'],
    ['inglese per favore', 'en'],
    ['speak english', 'en'],
    ['  english  ', 'en'],
  ] as const)('%j → %s', (text, expected) => {
    expect(parseLanguageRequest(text)).toBe(expected);
  });

  test.each([
    'the customer is Italian',
    'my English is not great',
    'use it',
    'it',
    'en',
    'italiano inglese',
    'hello',
    '',
    'E3',
    // Object.prototype's names are words too (the fuzz drill once got Object back for "constructor").
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty',
  ])('not a language request: %j', (text) => {
    expect(parseLanguageRequest(text)).toBeUndefined();
  });

  test.each([undefined, null, 42, { text: 'italiano' }, 'italiano '.repeat(40)])('not text (or far too long): %j', (value) => {
    expect(parseLanguageRequest(value)).toBeUndefined();
  });
});
