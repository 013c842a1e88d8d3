import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { CaseStore, TriageCase } from '../domain/index.js';
import { buildCaseCard, buildCaseListCard, caseSummaryText } from '../cards/index.js';
import { turnLanguage, turnMessages } from './turn-language.js';

const RECENT_CASES = 10;

/**
 * A support agent's own cases: "my cases" and "case <id>". A case opens only for the agent who
 * made it or for the supervisors listed in SUPPORT_AGENT_IDS; to anyone else it does not exist.
 */
export class CaseDesk {
  constructor(
    private readonly cases: CaseStore,
    private readonly supervisorIds: readonly string[],
  ) {}

  async record(context: TurnContext, triageCase: TriageCase): Promise<void> {
    await this.cases.save(triageCase);
    await context.sendActivity(turnMessages(context).ui.triage.caseCreated(triageCase.id));
    await this.show(context, triageCase);
  }

  async listMine(context: TurnContext): Promise<void> {
    const mine = await this.cases.listByAgent(context.activity.from.id, RECENT_CASES);
    const messages = turnMessages(context);
    if (mine.length === 0) {
      await context.sendActivity(messages.ui.triage.myCasesEmpty);
      return;
    }
    const card = buildCaseListCard(turnLanguage(context), mine);
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card), messages.ui.triage.myCasesTitle));
  }

  async open(context: TurnContext, caseId: string): Promise<void> {
    const found = await this.cases.get(caseId.toUpperCase());
    const reader = context.activity.from.id;
    if (!found || (found.agentId !== reader && !this.supervisorIds.includes(reader))) {
      await context.sendActivity(turnMessages(context).ui.triage.caseNotFound(caseId.toUpperCase()));
      return;
    }
    await this.show(context, found);
  }

  private async show(context: TurnContext, triageCase: TriageCase): Promise<void> {
    const language = turnLanguage(context);
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(buildCaseCard(language, triageCase))));
    // The plain text goes on its own, fenced: channels render markdown and would merge its lines,
    // and a code block keeps them and copies cleanly into a ticket.
    await context.sendActivity(MessageFactory.text(['```', caseSummaryText(language, triageCase), '```'].join('\n')));
  }
}
