import { column, columnSet, type ColumnSet } from './adaptive-card.js';

/**
 * A progress bar valid in schema 1.4 (which has no ProgressBar element): one thin coloured column
 * per step, green up to the current one, grey after it.
 */
export function progressBar(reached: number, total: number): ColumnSet {
  const columns = Array.from({ length: total }, (_, index) =>
    column([], {
      width: 'stretch',
      minHeight: '6px',
      style: index < reached ? 'good' : 'emphasis',
      spacing: 'small',
    }),
  );
  return columnSet(columns, { spacing: 'small' });
}
