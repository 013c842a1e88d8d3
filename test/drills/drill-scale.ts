import { z } from 'zod';

/**
 * `npm run drill` sets DRILL_SCALE=full for the full counts; `npm test` runs the quick ones,
 * a few seconds each.
 */
export const DRILL_SCALE = z.enum(['quick', 'full']).default('quick').parse(process.env['DRILL_SCALE'] || undefined);
export const FULL = DRILL_SCALE === 'full';

/** The figure for this scale. */
export function byScale<T>(quick: T, full: T): T {
  return FULL ? full : quick;
}

/** One line a drill prints with its figures, so a run's output is its report. */
export function reportDrill(name: string, figures: Record<string, number | string>): void {
  const parts = Object.entries(figures).map(([key, value]) => `${key}=${typeof value === 'number' ? value.toLocaleString('en-US') : value}`);
  console.log(`[drill ${name} ${DRILL_SCALE}] ${parts.join(' ')}`);
}
