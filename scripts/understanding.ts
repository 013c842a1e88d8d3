import { parseArgs } from 'node:util';
import { extractFacts, readQuestion } from '../domain/index.js';
import { formatHeldOutScore, formatMisses, formatScore, scoreHeldOut, scoreUnderstanding } from '../test/understanding/score.js';
import { LATER_SENTENCES } from '../test/understanding/sentences.js';

// `npm run understanding [-- --misses]`: how well the sentence readers (facts and questions) read the table of admin
// sentences (test/understanding/sentences.ts), by category; --misses lists every sentence of that table read wrong.
// The held-out table (test/understanding/held-out-sentences.ts) is scored on its own, by category and language; its
// misses are not listed, so that nobody tunes the readers on its sentences.
const { values } = parseArgs({ options: { misses: { type: 'boolean', default: false } }, allowPositionals: false });

const readers = { facts: extractFacts, question: readQuestion };
const score = scoreUnderstanding(readers);
console.log(formatScore(score));
console.log(`\nThe later batch alone (written after the reader was first improved):\n${formatScore(scoreUnderstanding(readers, LATER_SENTENCES))}`);
console.log(`\nHeld out (never tuned on), by category and language:\n${formatHeldOutScore(scoreHeldOut(readers))}`);
if (values.misses) console.log(`\n${formatMisses(score)}`);
