import { BotTelemetryClientKey, type BotTelemetryClient, type TurnContext } from 'botbuilder';

/**
 * The bot's own telemetry events, beside botbuilder's (BotMessageReceived, BotMessageSend, ...).
 * Their properties are ids of plans, reasons, steps and faults: nothing a user typed.
 */
export const TELEMETRY_EVENTS = {
  verdict: 'UpgradeAssistant.Verdict',
  walkthroughStep: 'UpgradeAssistant.WalkthroughStep',
  checkBackSent: 'UpgradeAssistant.CheckBackSent',
  checkBackFailed: 'UpgradeAssistant.CheckBackFailed',
  tenantReadFault: 'UpgradeAssistant.TenantReadFault',
} as const;

/**
 * Tracks one of our events on the turn's telemetry client (botbuilder's turn-state key, set by the
 * host when telemetry is on), with the turn's channel and conversation; without one it does nothing.
 */
export function trackTurnEvent(context: TurnContext, name: (typeof TELEMETRY_EVENTS)[keyof typeof TELEMETRY_EVENTS], properties: Record<string, string>): void {
  const client = context.turnState.get(BotTelemetryClientKey) as BotTelemetryClient | undefined;
  client?.trackEvent({
    name,
    properties: { ...properties, channelId: context.activity.channelId, conversationId: context.activity.conversation?.id ?? '' },
  });
}
