import { join } from 'node:path';
import { z } from 'zod';
import { SCREENSHOT_DIR } from '../index.js';

/**
 * Each journey's bot records its conversation as `npm run record` would; the .transcript lands
 * beside the screenshots (test-results/e2e/transcripts/<journey>/), kept as a CI artifact, so a
 * journey that found a bug hands over a conversation to replay.
 */
export function journeyTranscriptFolder(journey: string): string {
  return join(SCREENSHOT_DIR, 'transcripts', z.string().regex(/^[a-z0-9][a-z0-9-]*$/).parse(journey));
}
