/** A server a benchmark compares: where it answers and how to stop it. */
export interface BenchServer {
  url: string;
  stop(): Promise<void>;
}
