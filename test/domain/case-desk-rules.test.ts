import { describe, expect, it } from 'vitest';
import {
  CHECK_BACK_AFTER_MINUTES,
  LIMITS,
  MCA_UPGRADE_STEP_IDS,
  MOSA_UPGRADE_STEP_IDS,
  MANUAL_STEP_IDS,
  addFacts,
  blockersOfTheWeek,
  deskOrder,
  diagnose,
  extractCaseDetails,
  factsThatMatter,
  findCases,
  newCheckBack,
  offersCheckBack,
  openCase,
  outcomeShift,
  setDetails,
  setStatus,
  summarizeCase,
  type CaseSummary,
  type TenantFacts,
} from '../../domain/index.js';

const agent = { id: 'msteams:agent-1', name: 'Sam Support' };

function summary(id: string, overrides: Partial<CaseSummary>): CaseSummary {
  return {
    id,
    agentId: agent.id,
    status: 'open',
    createdAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
    currentPlan: 'o365-enterprise-e3',
    outcome: { path: 'upgrade-tab', reasons: [] },
    ...overrides,
  };
}

describe('factsThatMatter: the triage form asks what diagnose could still ask for the plan', () => {
  it.each<[string, TenantFacts]>([
    ['Enterprise E3, nothing else known', { currentPlan: 'o365-enterprise-e3' }],
    ['Business Basic with 350 users', { currentPlan: 'm365-business-basic', licensedUsers: 350 }],
    ['Small Business (2013)', { currentPlan: 'o365-small-business' }],
  ])('%s: the known facts and diagnose\'s unknown facts, nothing else', (_name, facts) => {
    const fields = factsThatMatter(facts);
    const expected = new Set([...Object.keys(facts), ...diagnose(facts).unknownFacts]);
    expect(new Set(fields)).toEqual(expected);
    expect(fields[0]).toBe('currentPlan');
  });

  it('a partner purchase settles the case: only what is known is left', () => {
    const facts: TenantFacts = { currentPlan: 'o365-enterprise-e3', purchaseChannel: 'partner', licensedUsers: 350 };
    expect(new Set(factsThatMatter(facts))).toEqual(new Set(['currentPlan', 'licensedUsers', 'purchaseChannel']));
    expect(diagnose({ currentPlan: 'o365-enterprise-e3', purchaseChannel: 'partner' }).decided).toBe(true);
  });

  it('different plans ask different facts (the 2013 Small Business plans ask about the custom domain)', () => {
    expect(factsThatMatter({ currentPlan: 'o365-small-business' })).toContain('customDomain');
    expect(factsThatMatter({ currentPlan: 'o365-enterprise-e3' })).not.toContain('legacySmallBusiness');
  });
});

describe('extractCaseDetails: the ticket and tenant of a pasted sentence', () => {
  it.each([
    ['Ticket 48213: Contoso on E3, 350 users, through a partner', { ticket: '48213' }],
    ['ticket #A-1207, tenant contoso.onmicrosoft.com, E1', { ticket: 'A-1207', tenant: 'contoso.onmicrosoft.com' }],
    ['Richiesta n. 5521 per Fabrikam.IT: E3 con 40 utenti', { ticket: '5521', tenant: 'fabrikam.it' }],
    ['tenant 72f988bf-86f1-41af-91ab-2d7cd011db47 on E5', { tenant: '72f988bf-86f1-41af-91ab-2d7cd011db47' }],
    ['Customer: E3, 350 users, through a partner', {}],
    ['Office 365 E3 vs Microsoft 365 E3, e.g. 40 users', {}],
  ])('"%s"', (text, details) => {
    expect(extractCaseDetails(text)).toEqual(details);
  });
});

describe('case history: every change re-diagnoses where needed and says who, when, what', () => {
  const created = openCase({ id: 'UA-AAAAA2', by: agent, at: '2026-11-20T09:00:00.000Z', facts: { currentPlan: 'o365-enterprise-e3' }, details: { ticket: '48213' } });

  it('a new fact changes the path and the reasons, and the event keeps both outcomes', () => {
    const lead = { id: 'msteams:lead-1' };
    const updated = addFacts(created, { purchaseChannel: 'partner' }, lead, '2026-11-21T10:00:00.000Z');
    expect(updated?.diagnosis.path).toBe('contact-partner');
    expect(updated?.updatedAt).toBe('2026-11-21T10:00:00.000Z');
    const event = updated?.history.at(-1);
    expect(event).toEqual({
      at: '2026-11-21T10:00:00.000Z',
      by: lead,
      change: {
        kind: 'facts',
        facts: { purchaseChannel: 'partner' },
        before: { path: created.diagnosis.path, reasons: [] },
        after: { path: 'contact-partner', reasons: ['purchased-through-partner'] },
      },
    });
    if (event?.change.kind !== 'facts') throw new Error('expected a facts event');
    expect(outcomeShift(event.change.before, event.change.after)).toEqual({
      path: { from: created.diagnosis.path, to: 'contact-partner' },
      reasonsAdded: ['purchased-through-partner'],
      reasonsRemoved: [],
    });
  });

  it('a fact told again with the same value changes nothing', () => {
    expect(addFacts(created, { currentPlan: 'o365-enterprise-e3' }, agent, '2026-11-21T10:00:00.000Z')).toBeUndefined();
  });

  it('status and details changes are events too; setting the same value is no change', () => {
    const waiting = setStatus(created, 'waiting-for-customer', agent, '2026-11-21T10:00:00.000Z');
    expect(waiting?.history.at(-1)?.change).toEqual({ kind: 'status', from: 'open', to: 'waiting-for-customer' });
    expect(setStatus(created, 'open', agent, '2026-11-21T10:00:00.000Z')).toBeUndefined();
    const named = setDetails(created, { customer: 'Contoso', ticket: '48213' }, agent, '2026-11-21T10:00:00.000Z');
    expect(named?.history.at(-1)?.change).toEqual({ kind: 'details', details: { customer: 'Contoso' } });
  });

  it('a fact told again is no longer one read from the tenant', () => {
    const fromTenant = { ...created, facts: { ...created.facts, licensedUsers: 40 }, factsFromTenant: ['licensedUsers' as const] };
    expect(addFacts(fromTenant, { licensedUsers: 45 }, agent, '2026-11-21T10:00:00.000Z')?.factsFromTenant).toEqual([]);
  });
});

describe('finding and ordering cases', () => {
  const cases = [
    summary('UA-AAAAA2', { customer: 'Contoso Ltd', tenant: 'contoso.com', ticket: '48213', updatedAt: '2026-11-20T09:00:00.000Z' }),
    summary('UA-BBBBB2', { customer: 'Fabrikam', tenant: 'fabrikam.onmicrosoft.com', ticket: '48214', updatedAt: '2026-11-22T09:00:00.000Z' }),
    summary('UA-CCCCC2', { customer: 'Contoso Pharma', status: 'resolved', updatedAt: '2026-11-23T09:00:00.000Z' }),
  ];

  it.each([
    ['48213', ['UA-AAAAA2']],
    ['#48213', ['UA-AAAAA2']],
    ['ua-bbbbb2', ['UA-BBBBB2']],
    ['contoso', ['UA-CCCCC2', 'UA-AAAAA2']],
    ['CONTOSO.COM', ['UA-AAAAA2']],
    ['fabrikam', ['UA-BBBBB2']],
    ['4821', ['UA-BBBBB2', 'UA-AAAAA2']],
    ['northwind', []],
    ['x', []],
  ])('"%s" finds %j', (query, ids) => {
    expect(findCases(cases, query).map((found) => found.id)).toEqual(ids);
  });

  it('my desk: open cases first, then waiting, then resolved, each most recently changed first', () => {
    const desk = deskOrder([
      ...cases,
      summary('UA-DDDDD2', { status: 'waiting-for-customer', updatedAt: '2026-11-24T09:00:00.000Z' }),
    ]);
    expect(desk.map((line) => [line.id, line.status])).toEqual([
      ['UA-BBBBB2', 'open'],
      ['UA-AAAAA2', 'open'],
      ['UA-DDDDD2', 'waiting-for-customer'],
      ['UA-CCCCC2', 'resolved'],
    ]);
  });

  it('the week of blockers counts each reason once a case, over the cases changed in the last seven days', () => {
    const now = new Date('2026-11-27T12:00:00.000Z');
    const week = blockersOfTheWeek(
      [
        summary('UA-EEEEE2', { updatedAt: '2026-11-26T09:00:00.000Z', outcome: { path: 'contact-partner', reasons: ['purchased-through-partner'] } }),
        summary('UA-EEEEE3', { updatedAt: '2026-11-21T09:00:00.000Z', outcome: { path: 'resolve-then-upgrade-tab', reasons: ['trial-subscription', 'unpaid-balance'] } }),
        summary('UA-EEEEE4', { updatedAt: '2026-11-25T09:00:00.000Z', outcome: { path: 'contact-partner', reasons: ['purchased-through-partner', 'trial-subscription'] } }),
        summary('UA-EEEEE5', { updatedAt: '2026-11-19T09:00:00.000Z', outcome: { path: 'contact-partner', reasons: ['purchased-through-partner'] } }),
      ],
      now,
    );
    expect(week).toEqual({
      since: '2026-11-20T12:00:00.000Z',
      cases: 3,
      blockers: [
        { reason: 'purchased-through-partner', cases: 2 },
        { reason: 'trial-subscription', cases: 2 },
        { reason: 'unpaid-balance', cases: 1 },
      ],
    });
  });

  it('a summary carries the outcome and what the case is found by', () => {
    const triageCase = openCase({ id: 'UA-FFFFF2', by: agent, at: '2026-11-20T09:00:00.000Z', facts: { currentPlan: 'o365-enterprise-e3', trial: true }, details: { customer: 'Contoso' } });
    expect(summarizeCase(triageCase)).toEqual({
      id: 'UA-FFFFF2',
      agentId: agent.id,
      status: 'open',
      customer: 'Contoso',
      createdAt: '2026-11-20T09:00:00.000Z',
      updatedAt: '2026-11-20T09:00:00.000Z',
      currentPlan: 'o365-enterprise-e3',
      outcome: { path: triageCase.diagnosis.path, reasons: ['trial-subscription'] },
    });
  });
});

describe('check-back after the order', () => {
  it('is offered on the step that follows placing the order, in both of today\'s walkthroughs, and nowhere else', () => {
    const offeredOn = (ids: readonly (typeof MOSA_UPGRADE_STEP_IDS)[number][] | readonly string[]) =>
      ids.flatMap((_id, index) => (offersCheckBack(ids as never, index) ? [index] : []));
    expect(offeredOn(MOSA_UPGRADE_STEP_IDS)).toEqual([MOSA_UPGRADE_STEP_IDS.indexOf('check-status')]);
    expect(offeredOn(MCA_UPGRADE_STEP_IDS)).toEqual([MCA_UPGRADE_STEP_IDS.indexOf('check-status')]);
    expect(offeredOn(MANUAL_STEP_IDS)).toEqual([]);
  });

  it('is due after the hour seed 002 gives before contacting support', () => {
    expect(CHECK_BACK_AFTER_MINUTES).toBe(LIMITS.contactSupportAfterMinutes.value);
    const checkBack = newCheckBack({
      conversationKey: 'msteams:a:1',
      address: { conversation: { id: 'a:1' } },
      language: 'en',
      now: new Date('2026-11-27T12:00:00.000Z'),
    });
    expect(checkBack).toMatchObject({ status: 'scheduled', attempts: 0, dueAt: new Date(Date.parse('2026-11-27T12:00:00.000Z') + CHECK_BACK_AFTER_MINUTES * 60_000).toISOString() });
  });
});
