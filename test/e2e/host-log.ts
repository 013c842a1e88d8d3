import { z } from 'zod';
import { createLogger, type Logger } from '../../bot/logger.js';

/** A host logger for e2e runs that keeps what a journey asserts on and a failure report shows. */
export interface HostLog {
  readonly logger: Logger;
  /** Messages of the turns that failed (the host logs "turn failed"). */
  readonly turnErrors: string[];
  /** Every warn-and-above line, for failure messages. */
  readonly logLines: string[];
}

const logLineSchema = z.looseObject({
  level: z.number(),
  msg: z.string().optional(),
  err: z.looseObject({ message: z.string().optional() }).or(z.string()).optional(),
});

const PINO_ERROR_LEVEL = 50;

/** A pino logger at warn level writing into memory; "turn failed" lines also land in `turnErrors`. */
export function createHostLog(): HostLog {
  const turnErrors: string[] = [];
  const logLines: string[] = [];
  const logger = createLogger({
    level: 'warn',
    destination: {
      write(line: string) {
        logLines.push(line.trimEnd());
        const entry = logLineSchema.safeParse(JSON.parse(line));
        if (entry.success && entry.data.level >= PINO_ERROR_LEVEL && entry.data.msg === 'turn failed') {
          const { err } = entry.data;
          turnErrors.push(typeof err === 'string' ? err : (err?.message ?? 'turn failed'));
        }
      },
    },
  });
  return { logger, turnErrors, logLines };
}
