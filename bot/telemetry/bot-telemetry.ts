import {
  BotTelemetryClientKey,
  TelemetryLoggerMiddleware,
  type BotTelemetryClient,
  type Middleware,
  type TelemetryDependency,
  type TelemetryEvent,
  type TelemetryException,
  type TelemetryTrace,
} from 'botbuilder';
import { privateProperties } from './telemetry-privacy.js';

/** Where events go once made private: Application Insights in production, a recorder in tests. */
export interface TelemetrySink {
  trackEvent(event: { name: string; properties: Record<string, string>; measurements?: Record<string, number> }): void;
  flush(): Promise<void>;
  shutdown(): Promise<void>;
}

/**
 * botbuilder's telemetry client interface over a sink, with every event's properties made private
 * (ids hashed, text and names only with includeText). Traces, exceptions and dependencies are not
 * sent: their messages can quote what a user typed, and the log already has them.
 */
export class PrivateBotTelemetryClient implements BotTelemetryClient {
  constructor(
    private readonly sink: TelemetrySink,
    private readonly includeText: boolean,
  ) {}

  trackEvent(telemetry: TelemetryEvent): void {
    const measurements = telemetry.metrics === undefined ? undefined : Object.fromEntries(Object.entries(telemetry.metrics).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
    this.sink.trackEvent({ name: telemetry.name, properties: privateProperties(telemetry.properties, this.includeText), ...(measurements ? { measurements } : {}) });
  }

  trackDependency(_telemetry: TelemetryDependency): void {}

  trackException(_telemetry: TelemetryException): void {}

  trackTrace(_telemetry: TelemetryTrace): void {}

  flush(): Promise<void> {
    return this.sink.flush();
  }
}

/**
 * The middleware that turns telemetry on for every turn: botbuilder's TelemetryLoggerMiddleware
 * (the events Azure Bot's analytics read), and the client on botbuilder's turn-state key, where
 * the dialogs' events (dialogs/turn-telemetry.ts) find it.
 */
export function telemetryMiddleware(client: PrivateBotTelemetryClient, includeText: boolean): Middleware[] {
  const onTurn: Middleware = {
    onTurn: async (context, next) => {
      context.turnState.set(BotTelemetryClientKey, client);
      await next();
    },
  };
  return [onTurn, new TelemetryLoggerMiddleware(client, includeText)];
}
