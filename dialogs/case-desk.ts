import { CardFactory, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import {
  addFacts,
  blockersOfTheWeek,
  deskOrder,
  findCases,
  newCaseId,
  setDetails,
  setStatus,
  summarizeCase,
  type CaseActor,
  type CaseDetails,
  type CaseStatus,
  type CaseStore,
  type CaseSummary,
  type TenantFacts,
  type TriageCase,
  type WeekOfBlockers,
} from '../domain/index.js';
import {
  buildCaseCard,
  buildCaseChangeCard,
  buildCaseListCard,
  buildLeadCard,
  caseSummaryText,
  type AdaptiveCardJson,
} from '../cards/index.js';
import type { Language } from '../i18n/index.js';
import { turnClock } from './turn-clock.js';
import { turnLanguage, turnMessages } from './turn-language.js';

/** Draws of a case id before giving up: with 10,000 cases stored, one new case in about 100,000 needs a second. */
const MAX_CASE_ID_DRAWS = 5;

/** Cases a list card shows; the rest are found by searching. */
const LISTED_CASES = 12;

/**
 * Who a support agent is, in the one place that says it: the channel and the user id in it, the id
 * cases are owned by and that SUPPORT_AGENT_IDS lists. A user id alone can be claimed on another
 * channel (one that sends no token, such as a bot without an app id), so it owns nothing.
 */
export function agentIdOf(activity: Pick<Activity, 'channelId' | 'from'>): string {
  return `${activity.channelId}:${activity.from.id}`;
}

export function actorOf(activity: Pick<Activity, 'channelId' | 'from'>): CaseActor {
  return { id: agentIdOf(activity), ...(activity.from.name ? { name: activity.from.name } : {}) };
}

/** What the host adds for support leads: the chart picture and the CSV download link. */
export interface LeadServices {
  /** The week's blockers drawn as a PNG data URI, or undefined when no picture can be made. */
  chart?(week: WeekOfBlockers, lang: Language): Promise<string | undefined>;
  /** A short-lived link to the CSV export of every case, for this lead, in their language (the turn tells the host where it was reached). */
  exportLink?(leadId: string, lang: Language, context: TurnContext): Promise<{ url: string; minutes: number } | undefined>;
}

/**
 * The support desk: an agent's cases ("my cases", find, "case <id>"), their status and new facts,
 * and the support lead's week. A case opens only for the agent who made it or for the support leads
 * listed in SUPPORT_AGENT_IDS; to anyone else it does not exist.
 */
export class CaseDesk {
  constructor(
    private readonly cases: CaseStore,
    private readonly leadIds: readonly string[],
    private readonly leadServices: LeadServices = {},
    /** Where a new case's id is drawn from (tests give their own). */
    private readonly drawCaseId: () => string = newCaseId,
  ) {}

  /**
   * An id no stored case has. A draw is one of 32^6 (about a billion) ids, so it rarely meets a stored
   * one, but the store replaces a case saved under an existing id: a new case checks first rather
   * than ever overwrite another agent's.
   */
  async freeCaseId(): Promise<string> {
    for (let draw = 0; draw < MAX_CASE_ID_DRAWS; draw++) {
      const id = this.drawCaseId();
      if ((await this.cases.get(id)) === undefined) return id;
    }
    throw new Error(`No free case id in ${MAX_CASE_ID_DRAWS} draws: the id source repeats itself.`);
  }

  isLead(context: TurnContext): boolean {
    return this.leadIds.includes(agentIdOf(context.activity));
  }

  private canRead(context: TurnContext, owner: { agentId: string }): boolean {
    return owner.agentId === agentIdOf(context.activity) || this.isLead(context);
  }

  async record(context: TurnContext, triageCase: TriageCase): Promise<void> {
    await this.cases.save(triageCase);
    await context.sendActivity(turnMessages(context).desk.case.saved(triageCase.id));
    await this.show(context, triageCase);
  }

  /** The agent's own cases: open first, then waiting for the customer, then resolved. */
  async listMine(context: TurnContext): Promise<void> {
    const reader = agentIdOf(context.activity);
    const mine = deskOrder((await this.cases.summaries()).filter((summary) => summary.agentId === reader));
    const messages = turnMessages(context);
    if (mine.length === 0 && !this.isLead(context)) {
      await context.sendActivity(messages.desk.list.empty);
      return;
    }
    await this.sendList(context, mine, messages.desk.list.title);
  }

  /** "find contoso", "ticket 48213": one match opens, several are listed, none is said. */
  async find(context: TurnContext, query: string): Promise<void> {
    const readable = (await this.cases.summaries()).filter((summary) => this.canRead(context, summary));
    const found = findCases(readable, query);
    const messages = turnMessages(context);
    const [only] = found;
    if (found.length === 1 && only) {
      await this.open(context, only.id);
      return;
    }
    if (found.length === 0) {
      await context.sendActivity(messages.desk.list.noMatch(query));
      return;
    }
    await this.sendList(context, deskOrder(found), messages.desk.list.found(query, found.length));
  }

  async open(context: TurnContext, caseId: string): Promise<void> {
    const found = await this.readable(context, caseId);
    if (found) await this.show(context, found);
  }

  /** The case as stored, if this reader may see it; otherwise says it does not exist. */
  async readable(context: TurnContext, caseId: string): Promise<TriageCase | undefined> {
    const id = caseId.toUpperCase();
    const found = await this.cases.get(id);
    if (found && this.canRead(context, found)) return found;
    await context.sendActivity(turnMessages(context).desk.case.notFound(id));
    return undefined;
  }

  async setStatus(context: TurnContext, caseId: string, status: CaseStatus): Promise<void> {
    if (!(await this.readable(context, caseId))) return;
    const at = new Date().toISOString();
    const updated = await this.cases.update(caseId, (current) => setStatus(current, status, actorOf(context.activity), at));
    if (!updated) return;
    await context.sendActivity(turnMessages(context).desk.case.statusChanged(updated.id, updated.status));
    await this.show(context, updated);
  }

  /** New facts (and details) for a case: diagnosed again; the agent sees what changed, then the case. */
  async addFacts(context: TurnContext, caseId: string, facts: Partial<TenantFacts>, details: CaseDetails = {}): Promise<void> {
    const before = await this.readable(context, caseId);
    if (!before) return;
    const by = actorOf(context.activity);
    const at = new Date().toISOString();
    const updated = await this.cases.update(before.id, (current) => {
      const withFacts = addFacts(current, facts, by, at) ?? current;
      const withDetails = setDetails(withFacts, details, by, at) ?? withFacts;
      return withDetails === current ? undefined : withDetails;
    });
    if (!updated) return;
    const messages = turnMessages(context);
    if (updated.history.length === before.history.length) {
      await context.sendActivity(messages.desk.case.nothingChanged(updated.id));
      return;
    }
    const lang = turnLanguage(context);
    const beforeOutcome = summarizeCase(before).outcome;
    await this.sendCard(context, buildCaseChangeCard(lang, updated.id, beforeOutcome, summarizeCase(updated).outcome));
    await this.show(context, updated);
  }

  /** The support lead's week: blockers of the cases opened or changed in the last seven days, chart and CSV. */
  async leadView(context: TurnContext): Promise<void> {
    const messages = turnMessages(context);
    if (!this.isLead(context)) {
      await context.sendActivity(messages.desk.lead.onlyLeads);
      return;
    }
    const lang = turnLanguage(context);
    const week = blockersOfTheWeek(await this.cases.summaries(), new Date());
    const chart = week.blockers.length > 0 ? await this.leadServices.chart?.(week, lang) : undefined;
    const csv = await this.leadServices.exportLink?.(agentIdOf(context.activity), lang, context);
    await this.sendCard(context, buildLeadCard(lang, { week, ...(chart ? { chart } : {}), ...(csv ? { csv } : {}) }, turnClock(context)));
  }

  private async sendList(context: TurnContext, cases: readonly CaseSummary[], title: string): Promise<void> {
    const card = buildCaseListCard(turnLanguage(context), {
      cases: cases.slice(0, LISTED_CASES),
      title,
      notShown: Math.max(0, cases.length - LISTED_CASES),
      leadButton: this.isLead(context),
    });
    await this.sendCard(context, card);
  }

  private async show(context: TurnContext, triageCase: TriageCase): Promise<void> {
    const language = turnLanguage(context);
    const clock = turnClock(context);
    await this.sendCard(context, buildCaseCard(language, triageCase, clock));
    // The plain text goes on its own, fenced: channels render markdown and would merge its lines,
    // and a code block keeps them and copies cleanly into a ticket.
    await context.sendActivity(MessageFactory.text(['```', caseSummaryText(language, triageCase, clock), '```'].join('\n')));
  }

  /** A card alone: its heading is its title, so no text beside it (Teams would show both). */
  private async sendCard(context: TurnContext, card: AdaptiveCardJson): Promise<void> {
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  }
}
