import { parseArgs } from 'node:util';
import { extractFacts, readQuestion } from '../domain/index.js';
import { formatMisses, formatScore, scoreUnderstanding } from '../test/understanding/score.js';
import { LATER_SENTENCES } from '../test/understanding/sentences.js';

// `npm run understanding [-- --misses]`: how well the sentence readers (facts and questions) read the table of admin
// sentences (test/understanding/sentences.ts), by category; --misses lists every sentence read wrong.
const { values } = parseArgs({ options: { misses: { type: 'boolean', default: false } }, allowPositionals: false });

const readers = { facts: extractFacts, question: readQuestion };
const score = scoreUnderstanding(readers);
console.log(formatScore(score));
console.log(`\nThe later batch alone (written after the reader was first improved):\n${formatScore(scoreUnderstanding(readers, LATER_SENTENCES))}`);
if (values.misses) console.log(`\n${formatMisses(score)}`);
