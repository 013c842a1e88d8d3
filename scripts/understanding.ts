import { parseArgs } from 'node:util';
import { extractFacts, readQuestion } from '../domain/index.js';
import { HELD_OUT_2_SENTENCES } from '../test/understanding/held-out-sentences-2.js';
import { HELD_OUT_SENTENCES } from '../test/understanding/held-out-sentences.js';
import { formatHeldOutScore, formatMisses, formatScore, scoreHeldOut, scoreUnderstanding } from '../test/understanding/score.js';
import { LATER_SENTENCES } from '../test/understanding/sentences.js';

// `npm run understanding [-- --misses]`: how well the sentence readers (facts and questions) read the table of admin
// sentences (test/understanding/sentences.ts), by category; --misses lists every sentence of that table read wrong.
// The first held-out batch (held-out-sentences.ts) was read while the readers were tuned, so it is printed under that
// name; the held-out score is the second table's (held-out-sentences-2.ts), by category and language. Neither batch's
// misses are listed, so that nobody tunes the readers on the held-out sentences.
const { values } = parseArgs({ options: { misses: { type: 'boolean', default: false } }, allowPositionals: false });

const readers = { facts: extractFacts, question: readQuestion };
const score = scoreUnderstanding(readers);
console.log(formatScore(score));
console.log(`\nThe later batch alone (written after the reader was first improved):\n${formatScore(scoreUnderstanding(readers, LATER_SENTENCES))}`);
console.log(
  `\nFirst held-out batch, read while the readers were tuned (2026-12-08), no longer held out:\n${formatHeldOutScore(scoreHeldOut(readers, HELD_OUT_SENTENCES))}`,
);
console.log(`\nHeld out (second table, never tuned on), by category and language:\n${formatHeldOutScore(scoreHeldOut(readers, HELD_OUT_2_SENTENCES))}`);
if (values.misses) console.log(`\n${formatMisses(score)}`);
