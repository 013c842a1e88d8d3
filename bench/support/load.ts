import type { JourneyOutcome } from './journey.js';

export interface LoadSample {
  /** Milliseconds since the load started when the turn finished. */
  at: number;
  ms: number;
  status: number;
}

export interface LoadResult {
  elapsedMs: number;
  conversations: number;
  samples: LoadSample[];
  failures: { conversationId: string; failures: string[] }[];
}

export interface LoadOptions {
  /** Conversations in flight at once. */
  concurrency: number;
  /** Stop starting conversations after this long. */
  durationMs?: number;
  /** Or after this many conversations. */
  conversations?: number;
  /** Runs one whole conversation. */
  conversation: (index: number) => Promise<JourneyOutcome>;
  /** Called about once a second with the conversations done so far. */
  progress?: (done: number, elapsedMs: number) => void;
}

/**
 * Keeps `concurrency` conversations running until the time or the count is reached; every turn
 * of every conversation is a sample.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { concurrency, durationMs = Number.POSITIVE_INFINITY, conversations: limit = Number.POSITIVE_INFINITY } = options;
  if (!Number.isFinite(durationMs) && !Number.isFinite(limit)) throw new Error('runLoad needs a duration or a conversation count');
  const started = performance.now();
  const samples: LoadSample[] = [];
  const failures: LoadResult['failures'] = [];
  let begun = 0;
  let done = 0;
  let lastProgress = started;

  const worker = async (): Promise<void> => {
    while (begun < limit && performance.now() - started < durationMs) {
      const index = begun++;
      const turnStart = performance.now();
      const outcome = await options.conversation(index);
      // Each turn's end is placed by adding up its latencies from the conversation's start.
      let at = turnStart - started;
      for (const turn of outcome.turns) {
        at += turn.ms;
        samples.push({ at, ms: turn.ms, status: turn.status });
      }
      if (outcome.failures.length > 0) failures.push({ conversationId: outcome.conversationId, failures: outcome.failures });
      done++;
      const now = performance.now();
      if (options.progress && now - lastProgress >= 1000) {
        lastProgress = now;
        options.progress(done, now - started);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { elapsedMs: performance.now() - started, conversations: done, samples, failures };
}

/** Turns finished per second of a load's wall time. */
export function turnsPerSecond(load: LoadResult): number {
  return load.samples.length / (load.elapsedMs / 1000);
}
