import type { SourceId } from '../domain/index.js';
import type { Messages } from '../i18n/index.js';

/**
 * The sources a card cites, numbered in the order first cited: each place says "[1]" and the card
 * lists every source once, at its end.
 */
export class Citations {
  readonly #order: SourceId[] = [];

  /** "[1, 2]" for these sources, numbering the ones not cited yet. */
  cite(sources: readonly SourceId[]): string {
    const numbers = [...new Set(sources)].map((source) => {
      if (!this.#order.includes(source)) this.#order.push(source);
      return this.#order.indexOf(source) + 1;
    });
    return `[${numbers.join(', ')}]`;
  }

  /** "[1] Microsoft, "…" (2024-12-05)" for every source cited, in number order. */
  lines(messages: Messages): string[] {
    return this.#order.map((source, index) => `[${index + 1}] ${messages.sources[source]}`);
  }
}
