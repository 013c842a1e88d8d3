import { randomBytes } from 'node:crypto';
import type { Storage, StoreItem } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { FACT_KEYS, recentFirst, type CaseStore, type TriageCase } from '../../domain/index.js';
import type { Logger } from '../logger.js';

/** How long an export link works: long enough to click, short enough that a forwarded link soon dies. */
export const EXPORT_LINK_MINUTES = 15;
export const EXPORT_PATH = '/desk/export';
const TOKEN_PREFIX = 'upgrade-assistant/desk-exports';

const ExportGrantSchema = z.object({ leadId: z.string().min(1), expiresAt: z.iso.datetime({ offset: true }) });
const TokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/** A spreadsheet runs a cell that starts with = + - @ as a formula: such text is kept as text. */
function safeCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const COLUMNS = ['id', 'status', 'customer', 'tenant', 'ticket', 'agent', 'created_at', 'updated_at', 'path', 'reasons', 'unknown_facts', ...FACT_KEYS];

/**
 * Every case as CSV for the lead's own tools: one row a case, ids rather than words (stable across
 * languages), instants in UTC ISO 8601, reasons and open facts separated by semicolons.
 */
export function casesCsv(cases: readonly TriageCase[]): string {
  const rows = cases.map((triageCase) => [
    triageCase.id,
    triageCase.status,
    triageCase.customer,
    triageCase.tenant,
    triageCase.ticket,
    triageCase.agentName ?? triageCase.agentId,
    new Date(triageCase.createdAt).toISOString(),
    new Date(triageCase.updatedAt).toISOString(),
    triageCase.diagnosis.path,
    triageCase.diagnosis.reasons.map((reason) => reason.id).join(';'),
    triageCase.diagnosis.unknownFacts.join(';'),
    ...FACT_KEYS.map((fact) => triageCase.facts[fact]),
  ].map(safeCell));
  return stringify([COLUMNS, ...rows], { record_delimiter: 'windows' });
}

/**
 * Download links for the CSV export. A link carries a random token whose grant (which lead, until
 * when) is kept in the bot's state storage, so any bot instance can serve it; it expires after
 * EXPORT_LINK_MINUTES. Teams and the Agents Playground open it in the browser (Action.OpenUrl).
 */
export class CaseExportLinks {
  constructor(
    private readonly storage: Storage,
    private readonly cases: CaseStore,
    private readonly baseUrl: string,
  ) {}

  async issue(leadId: string): Promise<{ url: string; minutes: number }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + EXPORT_LINK_MINUTES * 60_000).toISOString();
    await this.storage.write({ [`${TOKEN_PREFIX}/${token}`]: { leadId, expiresAt } });
    return { url: `${this.baseUrl}${EXPORT_PATH}/${token}.csv`, minutes: EXPORT_LINK_MINUTES };
  }

  /** The grant behind a token, if it exists and has not expired. */
  async grant(token: string): Promise<z.infer<typeof ExportGrantSchema> | undefined> {
    if (!TokenSchema.safeParse(token).success) return undefined;
    const key = `${TOKEN_PREFIX}/${token}`;
    const item = (await this.storage.read([key]))[key] as StoreItem | undefined;
    const parsed = ExportGrantSchema.safeParse(item);
    if (!parsed.success || Date.parse(parsed.data.expiresAt) <= Date.now()) return undefined;
    return parsed.data;
  }

  async csv(): Promise<string> {
    const summaries = recentFirst(await this.cases.summaries());
    const cases: TriageCase[] = [];
    for (const summary of summaries) {
      const triageCase = await this.cases.get(summary.id);
      if (triageCase) cases.push(triageCase);
    }
    return casesCsv(cases);
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
      const body = await this.csv();
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
