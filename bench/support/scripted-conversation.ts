import { FACT_KEYS, type TenantFacts } from '../../domain/index.js';
import type { Conversation } from './activities.js';
import type { HttpClient } from './http-client.js';
import { sendTurn, type JourneyOutcome } from './journey.js';
import { submittedValue } from './random-facts.js';

/**
 * The same turns a journey sends (the question, then card answers), for servers that do not ask
 * anything back (the echo bot, bare restify): a fixed number of turns, each checked like a
 * journey's (status 200, replies addressed to this conversation and this activity).
 */
export async function runScriptedConversation(client: HttpClient, conversation: Conversation, facts: TenantFacts, turns: number): Promise<JourneyOutcome> {
  const outcome: JourneyOutcome = { conversationId: conversation.id, turns: [], asked: [], failures: [], lastReplies: [] };
  for (let index = 0; index < turns; index++) {
    const fact = FACT_KEYS[(index - 1) % FACT_KEYS.length];
    const content = index === 0 || fact === undefined ? { text: 'Can I upgrade?' } : { value: { action: 'answer', fact, value: submittedValue(facts, fact) } };
    const turn = await sendTurn(client, conversation, content);
    outcome.turns.push({ status: turn.status, ms: turn.ms });
    if (turn.failures.length > 0) {
      outcome.failures.push(...turn.failures);
      break;
    }
  }
  return outcome;
}
