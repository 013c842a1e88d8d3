import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { diagnose, whatIfFacts, type TenantFacts } from '../domain/index.js';
import { buildDiagnosisCard } from '../cards/index.js';
import { factLines } from './fact-lines.js';
import { turnLanguage, turnMessages } from './turn-language.js';

/**
 * "What if we had 250 users?" typed at the verdict or on a step: the answer with those facts, as a
 * card on the side that offers no next move; nothing is kept. False when the message supposes nothing.
 */
export async function answerWhatIf(context: TurnContext, facts: TenantFacts): Promise<boolean> {
  const supposed = whatIfFacts(context.activity.text ?? '');
  if (!supposed) return false;
  const changed = { ...facts, ...supposed };
  const card = buildDiagnosisCard(turnLanguage(context), diagnose(changed), changed, { whatIf: factLines(turnMessages(context), supposed) });
  await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  return true;
}
