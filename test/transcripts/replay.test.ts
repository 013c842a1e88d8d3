import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRANSCRIPT_EXTENSION } from '../../scripts/transcript-file-logger.js';
import { loadTranscript, replayTranscript } from './transcript-replay.js';

// Every .transcript under test/transcripts (saved from the Emulator or written by `npm run record`)
// is a regression test: dropping a file here adds one.
const FOLDER = join('test', 'transcripts');
const transcripts = readdirSync(FOLDER, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith(TRANSCRIPT_EXTENSION))
  .map((file) => join(FOLDER, file))
  .sort();

describe('recorded conversations replay with the same answers', () => {
  it('finds the recorded transcripts', () => {
    expect(transcripts.length).toBeGreaterThan(0);
  });

  it.each(transcripts.map((path) => [relative(FOLDER, path), path]))('%s', async (_name, path) => {
    const { recorded, replayed } = await replayTranscript(await loadTranscript(path));
    recorded.forEach((turn, index) => {
      expect(replayed[index], `turn ${index + 1} (${turn.user})`).toEqual(turn);
    });
    expect(replayed).toHaveLength(recorded.length);
  });
});
