import { CardFactory, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import type { CaseStore, TriageCase } from '../domain/index.js';
import { buildCaseCard, buildCaseListCard, caseSummaryText } from '../cards/index.js';
import { turnLanguage, turnMessages } from './turn-language.js';

const RECENT_CASES = 10;

/**
 * Who a support agent is: the channel and the user id in it. A user id alone can be claimed on
 * another channel (one that sends no token, such as a bot without an app id), so it owns nothing.
 */
export function agentIdOf(activity: Pick<Activity, 'channelId' | 'from'>): string {
  return `${activity.channelId}:${activity.from.id}`;
}

/** The user id as the agent knows it, without the channel (channel ids hold no colon). */
function shownAgentId(agentId: string): string {
  return agentId.slice(agentId.indexOf(':') + 1);
}

/**
 * A support agent's own cases: "my cases" and "case <id>". A case opens only for the agent who
 * made it (same channel, same user id) or for the supervisors listed in SUPPORT_AGENT_IDS as
 * `<channel id>:<user id>`; to anyone else it does not exist.
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
    const mine = await this.cases.listByAgent(agentIdOf(context.activity), RECENT_CASES);
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
    const reader = agentIdOf(context.activity);
    if (!found || (found.agentId !== reader && !this.supervisorIds.includes(reader))) {
      await context.sendActivity(turnMessages(context).ui.triage.caseNotFound(caseId.toUpperCase()));
      return;
    }
    await this.show(context, found);
  }

  private async show(context: TurnContext, stored: TriageCase): Promise<void> {
    const language = turnLanguage(context);
    const triageCase = { ...stored, agentId: shownAgentId(stored.agentId) };
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(buildCaseCard(language, triageCase))));
    // The plain text goes on its own, fenced: channels render markdown and would merge its lines,
    // and a code block keeps them and copies cleanly into a ticket.
    await context.sendActivity(MessageFactory.text(['```', caseSummaryText(language, triageCase), '```'].join('\n')));
  }
}
