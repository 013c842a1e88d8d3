/**
 * The turns the host is running right now, so a shutdown can wait for them instead of cutting a
 * user off mid-answer.
 */
export class InFlightWork {
  readonly #pending = new Set<Promise<unknown>>();

  get count(): number {
    return this.#pending.size;
  }

  /** Registers the work and hands the same promise back, so callers await it as before. */
  track<T>(work: Promise<T>): Promise<T> {
    const entry = work.finally(() => this.#pending.delete(entry));
    // The caller handles the outcome; this copy must not surface as an unhandled rejection.
    entry.catch(() => undefined);
    this.#pending.add(entry);
    return work;
  }

  /** Resolves once nothing is running, including work that started while waiting. */
  async settled(): Promise<void> {
    while (this.#pending.size > 0) {
      await Promise.allSettled([...this.#pending]);
    }
  }
}
