import { createHash, randomBytes } from 'node:crypto';
import type { Storage, StoreItem } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { FACT_KEYS, recentFirst, type CaseStore, type FactKey, type TriageCase } from '../../domain/index.js';
import { formatFactValue, LanguageSchema, messagesFor, type Language, type Messages } from '../../i18n/index.js';
import type { Logger } from '../logger.js';

/** How long an export link works: long enough to click, short enough that a forwarded link soon dies. */
export const EXPORT_LINK_MINUTES = 15;
export const EXPORT_PATH = '/desk/export';
const GRANT_PREFIX = 'upgrade-assistant/desk-export-grants';

const ExportGrantSchema = z.object({ leadId: z.string().min(1), language: LanguageSchema.default('en'), expiresAt: z.iso.datetime({ offset: true }) });
export type ExportGrant = z.infer<typeof ExportGrantSchema>;
const TokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or line break before one) as a
 * formula, and a naive reader splits rows at any line break: line breaks inside a cell become
 * spaces, and a cell that would start a formula, after any leading blanks, starts with ' instead.
 * Every cell is also quoted (csv-stringify escapes the quotes inside), so no cell can end early.
 */
export function safeCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = String(value).replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');
  return /^[\s]*[=+\-@]/.test(text) || /^\t/.test(text) ? `'${text}` : text;
}

/** A fact's answer as the lead reads it; counts stay plain digits so every spreadsheet reads them as numbers. */
function factCell(messages: Messages, triageCase: TriageCase, fact: FactKey): string | number | undefined {
  const value = triageCase.facts[fact];
  return typeof value === 'number' ? value : formatFactValue(messages, triageCase.facts, fact);
}

/**
 * Every case as CSV for the lead's own tools, in the lead's language: one row a case, instants in
 * UTC ISO 8601, words where a person reads (status, outcome, blockers, plans) and the stable ids
 * in their own columns at the end, for tools that match on them.
 */
export function casesCsv(cases: readonly TriageCase[], language: Language): string {
  const messages = messagesFor(language);
  const columns = messages.desk.lead.exportColumns;
  const header = [
    columns.case,
    columns.status,
    columns.customer,
    columns.tenant,
    columns.ticket,
    columns.agent,
    columns.createdAt,
    columns.updatedAt,
    columns.outcome,
    columns.blockers,
    columns.unknownFacts,
    ...FACT_KEYS.map((fact) => messages.desk.facts[fact].label),
    columns.statusId,
    columns.outcomeId,
    columns.blockerIds,
    columns.unknownFactIds,
    columns.currentPlanId,
    columns.targetPlanId,
  ];
  const rows = cases.map((triageCase) => [
    triageCase.id,
    messages.desk.statuses[triageCase.status],
    triageCase.customer,
    triageCase.tenant,
    triageCase.ticket,
    triageCase.agentName ?? triageCase.agentId,
    new Date(triageCase.createdAt).toISOString(),
    new Date(triageCase.updatedAt).toISOString(),
    messages.desk.pathShort[triageCase.diagnosis.path],
    triageCase.diagnosis.reasons.map((reason) => messages.reasons[reason.id].title).join('; '),
    triageCase.diagnosis.unknownFacts.map((fact) => messages.desk.facts[fact].label).join('; '),
    ...FACT_KEYS.map((fact) => factCell(messages, triageCase, fact)),
    triageCase.status,
    triageCase.diagnosis.path,
    triageCase.diagnosis.reasons.map((reason) => reason.id).join(';'),
    triageCase.diagnosis.unknownFacts.join(';'),
    triageCase.facts.currentPlan,
    triageCase.facts.targetPlan,
  ]);
  return stringify(
    [header, ...rows].map((row) => row.map(safeCell)),
    { record_delimiter: 'windows', quoted: true, quoted_empty: true },
  );
}

const EXPORT_PATH_REST = new RegExp(`(${EXPORT_PATH}/)[^\\s"]*`, 'gi');

/** Log lines name the route, never the token in it: an export link's path is its only secret. */
export function withoutExportToken(text: string): string {
  return text.replace(EXPORT_PATH_REST, '$1<token>');
}

/** Grants are kept under the token's hash: the stored keys (journal, blobs) never hold a working link. */
function grantKey(token: string): string {
  return `${GRANT_PREFIX}/${createHash('sha256').update(token).digest('base64url')}`;
}

export interface CaseExportLinksOptions {
  storage: Storage;
  cases: CaseStore;
  /** SUPPORT_AGENT_IDS: a link works only while its lead is still one of them. */
  leadIds: readonly string[];
  /** PUBLIC_URL: where the people the bot talks to reach it; else the turn's request origin. */
  publicUrl?: string;
  /** The listening address, for a turn that came with no usable origin. */
  fallbackUrl: string;
}

/**
 * Download links for the CSV export. A link carries a random token whose grant (which lead, in
 * which language, until when) is kept in the bot's state storage, so any bot instance can serve it;
 * it expires after EXPORT_LINK_MINUTES, and stops working at once when its lead is no longer in
 * SUPPORT_AGENT_IDS. Teams and the Agents Playground open it in the browser (Action.OpenUrl).
 */
export class CaseExportLinks {
  private readonly storage: Storage;
  private readonly cases: CaseStore;
  private readonly leadIds: ReadonlySet<string>;

  constructor(private readonly options: CaseExportLinksOptions) {
    this.storage = options.storage;
    this.cases = options.cases;
    this.leadIds = new Set(options.leadIds);
  }

  /** A link for this lead, at the configured public address, else the origin the lead's turn came to. */
  async issue(leadId: string, language: Language, requestOrigin?: string): Promise<{ url: string; minutes: number }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + EXPORT_LINK_MINUTES * 60_000).toISOString();
    await this.storage.write({ [grantKey(token)]: { leadId, language, expiresAt } });
    const base = (this.options.publicUrl ?? requestOrigin ?? this.options.fallbackUrl).replace(/\/+$/, '');
    return { url: `${base}${EXPORT_PATH}/${token}.csv`, minutes: EXPORT_LINK_MINUTES };
  }

  /** The grant behind a token, if it exists, has not expired and its lead is still a lead. */
  async grant(token: string): Promise<ExportGrant | undefined> {
    if (!TokenSchema.safeParse(token).success) return undefined;
    const key = grantKey(token);
    const item = (await this.storage.read([key]))[key] as StoreItem | undefined;
    const parsed = ExportGrantSchema.safeParse(item);
    if (!parsed.success || Date.parse(parsed.data.expiresAt) <= Date.now()) return undefined;
    if (!this.leadIds.has(parsed.data.leadId)) return undefined;
    return parsed.data;
  }

  async csv(language: Language): Promise<string> {
    const summaries = recentFirst(await this.cases.summaries());
    const cases: TriageCase[] = [];
    for (const summary of summaries) {
      const triageCase = await this.cases.get(summary.id);
      if (triageCase) cases.push(triageCase);
    }
    return casesCsv(cases, language);
  }
  /** GET /desk/export/<token>.csv: the CSV for a valid link, 404 for anything else (a link never says why). */
  route(server: Server, logger: Logger): void {
    server.get(`${EXPORT_PATH}/:file`, async (req: Request, res: Response) => {
      const file = String(req.params['file'] ?? '');
      const grant = file.endsWith('.csv') ? await this.grant(file.slice(0, -'.csv'.length)) : undefined;
      if (!grant) {
        res.send(404, { code: 'NotFound', message: 'This export link does not exist or has expired.' });
        return;
      }
      const body = await this.csv(grant.language);
      logger.info({ event: 'desk.export', leadId: grant.leadId }, 'cases exported');
      res.writeHead(200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="upgrade-assistant-cases-${new Date().toISOString().slice(0, 10)}.csv"`,
        'cache-control': 'no-store',
      });
      res.end(`\uFEFF${body}`);
    });
  }
}
