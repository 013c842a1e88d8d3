import { describe, expect, it } from 'vitest';
import { startNodeFlags } from '../../bench/support/start-flags.js';

describe("npm start's Node flags (read by the benchmarks too, so they run the bot as it ships)", () => {
  it('keep V8 from shrinking the heap whenever the bot goes quiet, and silence no warning', () => {
    // Without --no-memory-reducer, a burst after a quiet minute ran at half speed or less for seconds (README).
    expect(startNodeFlags()).toEqual(['--no-memory-reducer']);
  });
});
