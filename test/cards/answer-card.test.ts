import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LIMITS, NOTES, PLANS, QUESTIONS, QUESTION_TOPICS, type SourceId } from '../../domain/index.js';
import { LANGUAGES, messagesFor } from '../../i18n/index.js';
import { buildAnswerCard, type AdaptiveCardJson } from '../../cards/index.js';
import { allElements, allTexts } from './card-walk.js';

const LIMIT_VALUES = new Set<number>(Object.values(LIMITS).map((limit) => limit.value));
const CITATION = /\[(\d+(?:, \d+)*)\]/g;
/** A year names when a document said something ("the 2020 Upgrade tab"): a date, not a rule's number. */
const isYear = (number: number): boolean => number >= 2010 && number <= 2030;

/** Longest first, so "Exchange Online (Plan 1)" goes before any shorter name inside it. */
const PLAN_NAMES = PLANS.map((plan) => plan.name).sort((a, b) => b.length - a.length);

/** The numbers a text says, leaving out citations and the digits of names ("E3", the 365 of "Microsoft 365 Copilot"). */
function numbersSaid(text: string): number[] {
  const withoutNames = PLAN_NAMES.reduce((rest, name) => rest.split(name).join(''), text.replace(CITATION, ''));
  return (withoutNames.replace(/\b(?:Microsoft|Office) 365\b/g, '').match(/(?<![\w.-])\d+(?![\w.-])/g) ?? []).map(Number);
}

function textBlocks(card: AdaptiveCardJson): string[] {
  return allElements(card).flatMap((element) => (element.type === 'TextBlock' ? [element.text] : []));
}

const everyTopic = LANGUAGES.flatMap((lang) => QUESTION_TOPICS.map((topic) => [lang, topic] as const));

describe.each(everyTopic)('the answer card in %s about %s', (lang, topic) => {
  const messages = messagesFor(lang);
  const { answers } = messages;
  const question = QUESTIONS[topic];
  const card = buildAnswerCard(lang, topic);
  const blocks = textBlocks(card);
  const sourcesBlock = blocks.at(-1) ?? '';

  test('has a heading naming the topic, then the answer with its citation, and no empty text', () => {
    expect(blocks[0]).toBe(answers.title(answers.topics[topic]));
    expect(blocks[1]).toMatch(new RegExp(`^${answers.answers[topic].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\[1`));
    for (const text of allTexts(card)) expect(text.trim()).not.toBe('');
  });

  test('lists every source of the answer and of its notes once, and every number cited is listed', () => {
    const sources = new Set<SourceId>([...question.sources, ...question.notes.flatMap((note) => NOTES[note].sources)]);
    const lines = sourcesBlock.split('\n').slice(1);
    expect(sourcesBlock.split('\n')[0]).toBe(messages.ui.diagnosis.sourcesTitle);
    expect(lines).toHaveLength(sources.size);
    for (const source of sources) expect(lines.filter((line) => line.endsWith(messages.sources[source])), source).toHaveLength(1);
    const cited = blocks.slice(0, -1).flatMap((text) => [...text.matchAll(CITATION)].flatMap((match) => (match[1] ?? '').split(', ').map(Number)));
    expect(new Set(cited)).toEqual(new Set(lines.map((_, index) => index + 1)));
  });

  test('says only the numbers of LIMITS, besides the years of the documents', () => {
    const said = [blocks[1] ?? '', ...question.notes.map((note) => messages.notes[note])].flatMap(numbersSaid);
    for (const number of said) expect(LIMIT_VALUES.has(number) || isYear(number), String(number)).toBe(true);
  });

  test('shows what older documents said as history, and where to look when a page shows more', () => {
    const text = blocks.join('\n');
    expect(text.includes(answers.historyTitle)).toBe(question.notes.length > 0);
    for (const note of question.notes) expect(text).toContain(messages.notes[note]);
    const place = question.adminCenter;
    expect(text.includes(answers.whereToLook)).toBe(place !== undefined);
    if (place !== undefined) expect(text).toContain(`**${messages.adminCenter[place]}**`);
  });

  test('ends with where the admin was only when asked to', () => {
    expect(blocks.join('\n')).not.toContain(answers.backTo('WHERE-X'));
    expect(textBlocks(buildAnswerCard(lang, topic, { backTo: 'WHERE-X' }))).toContain(answers.backTo('WHERE-X'));
  });
});

describe('the answers in the catalogs', () => {
  test('type no number but a year: every number they say is a LIMITS value put in by the code', () => {
    for (const file of ['en-answers.ts', 'it-answers.ts']) {
      const source = readFileSync(new URL(`../../i18n/${file}`, import.meta.url), 'utf8');
      const typed = source.slice(source.indexOf('  answers: {')).replace(/\$\{[^}]*\}/g, '');
      const numbers = (typed.match(/\d+/g) ?? []).map(Number);
      expect(numbers.filter((number) => !isYear(number)), file).toEqual([]);
    }
  });

  test('an Italian answer naming a page Microsoft gives only in English says so; the English one does not', () => {
    const italian = textBlocks(buildAnswerCard('it', 'where-is-upgrade-tab'));
    expect(italian).toContain(messagesFor('it').ui.walkthrough.labelsInEnglish);
    expect(textBlocks(buildAnswerCard('en', 'where-is-upgrade-tab'))).not.toContain(messagesFor('en').ui.walkthrough.labelsInEnglish);
    expect(textBlocks(buildAnswerCard('it', 'custom-domain'))).not.toContain(messagesFor('it').ui.walkthrough.labelsInEnglish);
  });
});
