import { describe, expect, it } from 'vitest';
import {
  ADMIN_CENTER_PLACES,
  PLANS,
  REASON_CATALOG,
  UNDECIDED,
  adminCenterLabel,
  FACTS,
  FACT_KEYS,
  TenantFactsSchema,
  LIMITS,
  NOTES,
  NOTE_IDS,
  REASONS,
  REASON_IDS,
  SOURCES,
  SOURCE_IDS,
  STEPS,
  STEP_IDS,
  WARNINGS,
  WARNING_IDS,
  type NoteId,
  type ReasonId,
  type ReasonKind,
  type ReasonReach,
  type ReasonScope,
  type SourceId,
  type StepId,
  type StepPath,
} from '../../domain/index.js';

// Every reason: kind, reach (the whole subscription, or only the wanted plan), the billing accounts a
// source documents it for, and its sources, newest first.
const REASON_TABLE: [ReasonId, ReasonKind, ReasonReach, ReasonScope, SourceId[]][] = [
  ['purchased-through-partner', 'contact', 'subscription', 'any-account', ['000']],
  ['purchased-through-volume-licensing', 'contact', 'subscription', 'any-account', ['000']],
  ['no-automatic-path', 'manual', 'subscription', 'any-account', ['MSD-2024', 'MSD-E4', '002']],
  ['target-retired', 'manual', 'wanted-plan', 'any-account', ['MSD-E4', 'MSD-EOS']],
  ['target-not-eligible', 'manual', 'wanted-plan', 'any-account', ['002', 'MSD-E4']],
  ['target-fewer-services', 'manual', 'wanted-plan', 'any-account', ['MSD-2024', 'LIC-REF']],
  ['business-plan-user-cap', 'manual', 'wanted-plan', 'any-account', ['BP-FAQ']],
  ['end-of-sale-mca', 'manual', 'subscription', 'any-account', ['MSD-EOS']],
  ['wizard-user-limit', 'manual', 'subscription', 'any-account', ['002']],
  ['prepaid-plan', 'manual', 'subscription', 'any-account', ['002']],
  ['custom-domain-small-business', 'manual', 'wanted-plan', 'any-account', ['002']],
  ['legacy-small-business-user-cap', 'manual', 'subscription', 'any-account', ['002']],
  ['not-currently-eligible', 'manual', 'subscription', 'mosa', ['MSD-2024']],
  ['government-or-nonprofit', 'manual', 'subscription', 'mosa', ['MSD-2024']],
  ['role-not-permitted', 'fix', 'subscription', 'any-account', ['MSD-2024', '002']],
  ['trial-subscription', 'fix', 'subscription', 'any-account', ['002']],
  ['license-conflict', 'fix', 'subscription', 'mosa', ['MSD-2024', '002']],
  ['add-on-present', 'fix', 'subscription', 'mosa', ['MSD-2024']],
  ['multiple-subscriptions-same-product', 'fix', 'subscription', 'mosa', ['MSD-2024']],
  ['unpaid-balance', 'fix', 'subscription', 'mosa', ['MSD-2024']],
  ['credit-check-pending', 'wait', 'subscription', 'mosa', ['MSD-2024', '000', '002']],
  ['plan-change-in-progress', 'wait', 'subscription', 'mosa', ['MSD-2024', '002']],
  ['service-health-issue', 'wait', 'subscription', 'mosa', ['MSD-2024', '002', '000']],
  ['provisioning-incomplete', 'wait', 'subscription', 'mosa', ['MSD-2024', '002']],
];

// Today's MOSA and MCA steps, the 2020 Upgrade tab as history, the manual steps.
const STEP_TABLE: [StepId, StepPath][] = [
  ['open-your-products', 'upgrade-tab'],
  ['select-subscription', 'upgrade-tab'],
  ['open-upgrade-tab', 'upgrade-tab-2020'],
  ['choose-target', 'upgrade-tab-2020'],
  ['review-cart', 'upgrade-tab-2020'],
  ['go-to-checkout', 'upgrade-tab-2020'],
  ['review-checkout', 'upgrade-tab-2020'],
  ['place-order', 'upgrade-tab'],
  ['check-status', 'upgrade-tab'],
  ['backup-data', 'manual'],
  ['buy-subscription', 'manual'],
  ['verify-licenses', 'manual'],
  ['reassign-licenses', 'manual'],
  ['move-custom-domain', 'manual'],
  ['cancel-old-subscription', 'manual'],
  ['view-upgrades', 'upgrade-tab'],
  ['choose-upgrade', 'upgrade-tab'],
  ['checkout', 'upgrade-tab'],
  ['change-subscription-option', 'upgrade-tab'],
  ['choose-options', 'upgrade-tab'],
  ['change-plan', 'upgrade-tab'],
];

describe('reason catalog', () => {
  it.each(REASON_TABLE)('%s is a %s reason about the %s, for %s, from %j', (id, kind, reach, scope, sources) => {
    expect(REASONS[id]).toMatchObject({ id, kind, reach, scope, sources });
  });

  it('has exactly these reasons, in this order', () => {
    expect([...REASON_IDS]).toEqual(REASON_TABLE.map(([id]) => id));
    expect(Object.keys(REASONS).sort()).toEqual([...REASON_IDS].sort());
  });

  it('keeps each yes/no fact with the one reason that asks it, and a recheck only of facts the reason reads', () => {
    const owners = REASON_CATALOG.filter((entry) => entry.asks !== undefined).map((entry) => entry.asks);
    expect(new Set(owners).size).toBe(owners.length);
    for (const entry of REASON_CATALOG) {
      const reads: string[] = [...entry.reads, ...(entry.asks === undefined ? [] : [entry.asks])];
      for (const fact of entry.recheck) expect(reads, entry.id).toContain(fact);
    }
  });
});

describe('warning and step catalogs', () => {
  it('keys every warning and step by its own id, with a source', () => {
    for (const id of WARNING_IDS) expect(WARNINGS[id]).toMatchObject({ id, sources: expect.arrayContaining([expect.any(String)]) });
    for (const id of STEP_IDS) expect(STEPS[id]).toMatchObject({ id, sources: expect.arrayContaining([expect.any(String)]) });
  });

  it.each(STEP_TABLE)('%s belongs to the %s walkthrough', (id, path) => {
    expect(STEPS[id].path).toBe(path);
  });

  it('has exactly these steps', () => {
    expect([...STEP_IDS].sort()).toEqual(STEP_TABLE.map(([id]) => id).sort());
  });
});

describe('sources and notes', () => {
  it('names the seeds with their English titles and years', () => {
    expect(SOURCES['000']).toMatchObject({ title: 'Upgrade from an Office 365 E4 subscription', year: 2020 });
    expect(SOURCES['002']).toMatchObject({ title: 'Change your Office 365 plan or subscription', year: 2013 });
    expect(SOURCES.MSD.url).toMatch(/^https:\/\/learn\.microsoft\.com\/microsoft-365\/commerce\/subscriptions\//);
  });

  it.each<[SourceId, string, string]>([
    ['MSD-2024', 'Upgrade or change to a different Microsoft 365 for business plan', '2024-12-05'],
    ['MSD-E4', 'Important information for Office 365 E4 customers', '2020-08-14'],
    ['MSD-CANCEL', 'Cancel your Microsoft business subscription', '2024-09-10'],
    ['LIC-REF', 'Product names and service plan identifiers for licensing', '2025-10-29'],
    ['BP-FAQ', 'Microsoft 365 Business Premium FAQ', '2024-11-15'],
    ['SFB-2021', 'Skype for Business Online retirement', '2021-07-31'],
  ])('dates %s: "%s", %s', (id, title, date) => {
    expect(SOURCES[id]).toMatchObject({ id, title, date });
  });

  it('gives every source an id of its own, a title, a year and where to read it', () => {
    for (const id of SOURCE_IDS) {
      const source = SOURCES[id];
      expect(source.id).toBe(id);
      expect(source.title.trim()).not.toBe('');
      expect(source.date.startsWith(String(source.year))).toBe(true);
      if (id !== '000' && id !== '002') expect(source.url ?? source.path, id).toBeDefined();
    }
  });

  it('keeps the older facts where the documents disagree as notes from seed 002', () => {
    expect(REASONS['credit-check-pending'].notes).toContain('credit-check-two-weeks-2013');
    expect(WARNINGS['invoice-credit-check'].notes).toContain('credit-check-two-weeks-2013');
    expect(STEPS['open-upgrade-tab'].notes).toContain('switch-plans-wizard-2013');
    expect(STEPS['view-upgrades'].notes).toContain('upgrade-tab-2020');
    expect(WARNINGS['admin-downtime'].notes).toContain('admin-center-locked-2020');
    expect(NOTES['credit-check-two-weeks-2013'].sources).toEqual(['002']);
    expect(NOTES['switch-plans-wizard-2013'].sources).toEqual(['002']);
  });

  it('references only notes that exist, and every note is referenced', () => {
    const referenced = new Set<NoteId>([
      ...Object.values(REASONS).flatMap((reason) => reason.notes),
      ...Object.values(WARNINGS).flatMap((warning) => warning.notes),
      ...Object.values(STEPS).flatMap((step) => step.notes),
      ...PLANS.flatMap((plan) => plan.retired?.notes ?? []),
    ]);
    for (const note of referenced) expect(NOTE_IDS).toContain(note);
    expect([...referenced].sort()).toEqual([...NOTE_IDS].sort());
    for (const id of NOTE_IDS) expect(NOTES[id]).toMatchObject({ id, sources: expect.arrayContaining([expect.any(String)]) });
  });

  it('cites only known sources everywhere', () => {
    const cited = [
      ...Object.values(REASONS).flatMap((reason) => reason.sources),
      ...Object.values(WARNINGS).flatMap((warning) => warning.sources),
      ...Object.values(STEPS).flatMap((step) => step.sources),
      ...Object.values(NOTES).flatMap((note) => note.sources),
      ...PLANS.flatMap((plan) => plan.statusSources),
      ...Object.values(UNDECIDED).flatMap((undecided) => undecided.sources),
    ];
    for (const source of cited) expect(SOURCE_IDS).toContain(source);
  });
});

describe('admin center places', () => {
  it('names pages as the admin sees them; in Italian only where a Microsoft page does', () => {
    expect(ADMIN_CENTER_PLACES['billing-your-products']).toEqual({ en: 'Billing > Your products', it: 'Fatturazione > I tuoi prodotti' });
    expect(ADMIN_CENTER_PLACES['view-upgrades']).toEqual({ en: 'View upgrades recommended for your org' });
    expect(ADMIN_CENTER_PLACES['change-subscription-option']).toEqual({ en: 'Change to a different subscription option' });
    expect(ADMIN_CENTER_PLACES['upgrade-tab']).toEqual({ en: 'Upgrade', it: 'Aggiornamento' });
    expect(adminCenterLabel('view-upgrades', 'it')).toBe('View upgrades recommended for your org');
    expect(adminCenterLabel('service-health', 'it')).toBe('Integrità > Integrità dei servizi');
    for (const place of Object.values(ADMIN_CENTER_PLACES)) {
      expect(place.en.trim()).not.toBe('');
      if (place.it !== undefined) expect(place.it.trim()).not.toBe('');
    }
  });

  it('is where every reason, step and open question that points into the admin center points', () => {
    const places = [...Object.values(REASONS), ...Object.values(STEPS), ...Object.values(UNDECIDED)].flatMap((entry) =>
      entry.adminCenter === undefined ? [] : [entry.adminCenter],
    );
    for (const place of places) expect(Object.keys(ADMIN_CENTER_PLACES)).toContain(place);
    expect(STEPS['view-upgrades'].adminCenter).toBe('view-upgrades');
    expect(STEPS['change-subscription-option'].adminCenter).toBe('change-subscription-option');
    expect(REASONS['service-health-issue'].adminCenter).toBe('service-health');
  });
});

describe('limits', () => {
  it('keeps the numbers of the documents with their sources, the newer credit check leading', () => {
    expect(LIMITS.wizardUsers).toEqual({ value: 300, sources: ['002'] });
    expect(LIMITS.smallBusinessUsers).toEqual({ value: 25, sources: ['002'] });
    expect(LIMITS.usersPerBatch).toEqual({ value: 20, sources: ['000'] });
    expect(LIMITS.creditCheckBusinessDays).toEqual({ value: 2, sources: ['MSD-2024', '000'] });
    expect(LIMITS.typicalUpgradeMinutes.value).toBe(10);
    expect(LIMITS.businessPlanLicenses).toEqual({ value: 300, sources: ['BP-FAQ', 'LEARN-BIZ-STD'] });
    expect(LIMITS.mosaOnlineCancelLicenses).toEqual({ value: 25, sources: ['MSD-CANCEL'] });
    expect(LIMITS.mcaRefundDays).toEqual({ value: 7, sources: ['MSD-CANCEL', 'MSD-2024'] });
    expect(LIMITS.planChangeMaxMinutes).toEqual({ value: 60, sources: ['MSD-2024'] });
  });
});

describe('facts', () => {
  it('lists every schema field once in FACT_KEYS and FACTS, current plan first', () => {
    const fields = Object.keys(TenantFactsSchema.shape).sort();
    expect([...FACT_KEYS].sort()).toEqual(fields);
    expect(Object.keys(FACTS).sort()).toEqual(fields);
  });

  it('derives the order from the reasons that read the facts, the current plan first', () => {
    expect(FACT_KEYS.slice(0, 4)).toEqual(['currentPlan', 'purchaseChannel', 'targetPlan', 'licensedUsers']);
    expect(FACT_KEYS).toEqual(expect.arrayContaining(['billingAccountType', 'hasAddOn', 'notCurrentlyEligible']));
  });

  it('asks the choices with the schema options and types the rest', () => {
    expect(FACTS.adminRole).toEqual({ kind: 'choice', options: ['global-admin', 'billing-admin', 'billing-account-role', 'other'] });
    expect(FACTS.billingAccountType).toEqual({ kind: 'choice', options: ['mosa', 'mca'] });
    expect(FACTS.hasAddOn).toEqual({ kind: 'boolean' });
    expect(FACTS.purchaseChannel).toEqual({
      kind: 'choice',
      options: ['direct-card', 'direct-invoice', 'partner', 'volume-licensing', 'prepaid-key'],
    });
    expect(FACTS.currentPlan).toEqual({ kind: 'plan' });
    expect(FACTS.licensesAssigned).toEqual({ kind: 'count' });
    expect(FACTS.trial).toEqual({ kind: 'boolean' });
  });

  it('requires only the current plan', () => {
    expect(TenantFactsSchema.safeParse({ currentPlan: 'o365-enterprise-e3' }).success).toBe(true);
    expect(TenantFactsSchema.safeParse({ targetPlan: 'o365-enterprise-e4' }).success).toBe(false);
    expect(TenantFactsSchema.safeParse({ currentPlan: 'o365-enterprise-e3', adminRole: 'owner' }).success).toBe(false);
  });
});
