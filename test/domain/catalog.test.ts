import { describe, expect, it } from 'vitest';
import {
  ADMIN_CENTER_PLACES,
  PLANS,
  QUESTIONS,
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
  type SourceId,
  type StepId,
  type StepPath,
} from '../../domain/index.js';

// The contract's reasons (v1 and v2) and their kinds; behaviour and sources are tested on diagnoses.
const CONTRACT_REASONS: [ReasonId, ReasonKind][] = [
  ['purchased-through-partner', 'contact'],
  ['purchased-through-volume-licensing', 'contact'],
  ['no-automatic-path', 'manual'],
  ['target-not-eligible', 'manual'],
  ['wizard-user-limit', 'manual'],
  ['prepaid-plan', 'manual'],
  ['custom-domain-small-business', 'manual'],
  ['legacy-small-business-user-cap', 'manual'],
  ['government-or-nonprofit', 'manual'],
  ['role-not-permitted', 'fix'],
  ['trial-subscription', 'fix'],
  ['license-conflict', 'fix'],
  ['multiple-subscriptions-same-product', 'fix'],
  ['unpaid-balance', 'fix'],
  ['credit-check-pending', 'wait'],
  ['plan-change-in-progress', 'wait'],
  ['service-health-issue', 'wait'],
  ['provisioning-incomplete', 'wait'],
  ['target-fewer-services', 'manual'],
  ['target-retired', 'manual'],
  ['business-plan-user-cap', 'manual'],
  ['add-on-present', 'fix'],
  ['not-currently-eligible', 'manual'],
];

// MSD-2024's "Why can't I change plans?" list applies to MOSA accounts only.
const MOSA_ONLY: ReasonId[] = [
  'license-conflict',
  'provisioning-incomplete',
  'service-health-issue',
  'plan-change-in-progress',
  'credit-check-pending',
  'not-currently-eligible',
  'multiple-subscriptions-same-product',
  'government-or-nonprofit',
  'add-on-present',
  'unpaid-balance',
];

// Reasons documented for MCA accounts only, and the one only older sources gave (never asserted today).
const SCOPE_OF: Partial<Record<ReasonId, 'mca' | 'history'>> = {
  'prepaid-plan': 'history',
  'scheduled-change': 'mca',
  'extended-service-term': 'mca',
};

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
  it.each(CONTRACT_REASONS)('%s is a %s reason', (id, kind) => {
    expect(REASONS[id]).toMatchObject({ id, kind });
  });

  it('applies the MOSA-only list of MSD-2024 to MOSA accounts, the rest to any account', () => {
    for (const id of REASON_IDS) expect(REASONS[id].scope, id).toBe(SCOPE_OF[id] ?? (MOSA_ONLY.includes(id) ? 'mosa' : 'any-account'));
  });

  it('cites at least one known source for every reason, newest first where MSD-2024 speaks', () => {
    for (const id of REASON_IDS) {
      expect(REASONS[id].sources.length, id).toBeGreaterThan(0);
      if (REASONS[id].sources.includes('MSD-2024')) expect(REASONS[id].sources[0], id).toBe('MSD-2024');
    }
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
    ['MSD-2024', 'Upgrade or change to a different Microsoft 365 for business plan', '2025-10-02'],
    ['MSD-2024-12', 'Upgrade or change to a different Microsoft 365 for business plan (earlier version)', '2024-12-05'],
    ['MSD-MOVE-USERS', 'Move users to a different subscription', '2025-05-02'],
    ['MSD-EOS', 'Understand end-of-sale products', '2025-05-02'],
    ['MSD-BILLING-ACCOUNTS', 'Understand your Microsoft business billing account', '2026-02-26'],
    ['MSD-SCHEDULED', 'View scheduled changes to your subscription', '2025-07-07'],
    ['MSD-EST', 'Extend your Microsoft 365 subscription with an Extended Service Term (EST)', '2026-02-27'],
    ['MSD-KEEP-ACTIVE', 'Keep your Microsoft business billing account active', '2025-09-15'],
    ['TRYBUY-2026', 'Try or buy a Microsoft 365 for business subscription', '2026-04-23'],
    ['MSD-E4', 'Important information for Office 365 E4 customers', '2020-08-14'],
    ['MSD-CANCEL', 'Cancel your Microsoft business subscription', '2025-05-19'],
    ['LIC-REF', 'Product names and service plan identifiers for licensing', '2025-10-29'],
    ['BP-FAQ', 'Microsoft 365 Business Premium FAQ', '2025-04-16'],
    ['SFB-2021', 'Skype for Business Online retirement', '2021-07-31'],
  ])('dates %s: "%s", %s', (id, title, date) => {
    expect(SOURCES[id]).toMatchObject({ id, title, date });
  });

  it('gives every source an id of its own, a title, a year and where to read it', () => {
    for (const id of SOURCE_IDS) {
      const source = SOURCES[id];
      expect(source.id).toBe(id);
      expect(source.title.trim()).not.toBe('');
      if (source.date !== undefined) expect(source.date.startsWith(String(source.year))).toBe(true);
      else expect(source.year).toBeUndefined();
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
      ...Object.values(QUESTIONS).flatMap((question) => question.notes),
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
      ...Object.values(QUESTIONS).flatMap((question) => question.sources),
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
    expect(LIMITS.businessPlanLicenses).toEqual({ value: 300, sources: ['BP-FAQ', 'LEARN-BIZ-STD', 'TEAMS-INCL'] });
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
