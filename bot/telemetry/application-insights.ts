import type { TelemetrySink } from './bot-telemetry.js';

/**
 * Application Insights through Microsoft's SDK (`applicationinsights` 3, built on OpenTelemetry),
 * imported only here and only when a connection string is configured: unset, the module is never
 * loaded. `useGlobalProviders: false` gives the client its own OpenTelemetry providers and no
 * automatic instrumentation, so only the events we track are sent (no request or dependency
 * telemetry carrying URLs with conversation ids).
 */
export async function applicationInsightsSink(connectionString: string): Promise<TelemetrySink> {
  // The SDK's own usage statistics (statsbeat) would go to Microsoft's endpoints, not this resource.
  process.env['APPLICATIONINSIGHTS_STATSBEAT_DISABLED'] ??= 'true';
  const { TelemetryClient } = await import('applicationinsights');
  const client = new TelemetryClient(connectionString, { useGlobalProviders: false });
  return {
    trackEvent: ({ name, properties, measurements }) => client.trackEvent({ name, properties, ...(measurements ? { measurements } : {}) }),
    flush: () => client.flush(),
    shutdown: () => client.shutdown(),
  };
}
