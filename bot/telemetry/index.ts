import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { PrivateBotTelemetryClient, type TelemetrySink } from './bot-telemetry.js';

export { PrivateBotTelemetryClient, telemetryMiddleware, type TelemetrySink } from './bot-telemetry.js';
export { hashId, privateProperties } from './telemetry-privacy.js';

export interface Telemetry {
  client: PrivateBotTelemetryClient;
  includeText: boolean;
  /** Sends what is buffered and closes the exporter (on shutdown). */
  close(): Promise<void>;
}

/** Telemetry when APPLICATIONINSIGHTS_CONNECTION_STRING is set; undefined (nothing loaded) otherwise. */
export async function startTelemetry(
  config: Pick<Config, 'APPLICATIONINSIGHTS_CONNECTION_STRING' | 'TELEMETRY_INCLUDE_TEXT'>,
  logger: Logger,
  /** The sink to use instead of Application Insights (tests). */
  sinkFor?: (connectionString: string) => Promise<TelemetrySink>,
): Promise<Telemetry | undefined> {
  const connectionString = config.APPLICATIONINSIGHTS_CONNECTION_STRING;
  if (connectionString === undefined) return undefined;
  const load = sinkFor ?? (await import('./application-insights.js')).applicationInsightsSink;
  const sink = await load(connectionString);
  const includeText = config.TELEMETRY_INCLUDE_TEXT;
  logger.info({ includeText }, includeText ? 'telemetry on, WITH message text and names (debugging)' : 'telemetry on: ids hashed, no message text or names');
  return {
    client: new PrivateBotTelemetryClient(sink, includeText),
    includeText,
    close: async () => {
      try {
        await sink.flush();
        await sink.shutdown();
      } catch (error) {
        logger.warn({ err: error }, 'telemetry could not be flushed');
      }
    },
  };
}
