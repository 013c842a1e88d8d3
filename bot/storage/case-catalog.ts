import { z } from 'zod';
import { CaseSummarySchema, type CaseSummary } from '../../domain/index.js';

/**
 * One document listing a summary of every case, so finding, grouping and counting cases reads one
 * document instead of every case. The case itself is written first; a catalog lost or damaged is
 * rebuilt from the cases.
 */
export const CaseCatalogSchema = z.object({
  catalogVersion: z.literal(1),
  cases: z.array(CaseSummarySchema),
});

export type CaseCatalog = z.infer<typeof CaseCatalogSchema>;

export function emptyCatalog(): CaseCatalog {
  return { catalogVersion: 1, cases: [] };
}

/** The catalog with this case's line added or replaced. */
export function withSummary(catalog: CaseCatalog, summary: CaseSummary): CaseCatalog {
  return { ...catalog, cases: [...catalog.cases.filter((line) => line.id !== summary.id), summary] };
}
