import { describe, expect, it } from 'vitest';
import {
  ADMIN_CENTER_PLACES,
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
} from '../../domain/index.js';

// The contract's reason table: kind and sources, primary first.
const REASON_TABLE: [ReasonId, ReasonKind, SourceId[]][] = [
  ['purchased-through-partner', 'contact', ['000']],
  ['purchased-through-volume-licensing', 'contact', ['000']],
  ['no-automatic-path', 'manual', ['002']],
  ['target-not-eligible', 'manual', ['002']],
  ['wizard-user-limit', 'manual', ['002']],
  ['prepaid-plan', 'manual', ['002']],
  ['custom-domain-small-business', 'manual', ['002']],
  ['legacy-small-business-user-cap', 'manual', ['002']],
  ['government-or-nonprofit', 'manual', ['MSD']],
  ['role-not-permitted', 'fix', ['002', 'MSD']],
  ['trial-subscription', 'fix', ['002']],
  ['license-conflict', 'fix', ['002', 'MSD']],
  ['multiple-subscriptions-same-product', 'fix', ['MSD']],
  ['unpaid-balance', 'fix', ['MSD']],
  ['credit-check-pending', 'wait', ['000', '002']],
  ['plan-change-in-progress', 'wait', ['002', 'MSD']],
  ['service-health-issue', 'wait', ['002', '000']],
  ['provisioning-incomplete', 'wait', ['002', 'MSD']],
];

const CONTRACT_WARNINGS = [
  'admin-downtime',
  'users-keep-access',
  'do-not-reassign-during-switch',
  'billing-switchover',
  'cannot-remove-licenses-during-upgrade',
  'add-ons-included-are-removed',
  'invoice-credit-check',
  'cross-family-no-return',
  'backup-before-cross-family',
  'custom-domain-downtime',
  'public-website-domain-first',
  'typical-duration',
  'e4-to-e3-loses-features',
  'bulk-reassign-with-powershell',
];

const CONTRACT_STEPS = [
  'open-your-products',
  'select-subscription',
  'open-upgrade-tab',
  'choose-target',
  'review-cart',
  'go-to-checkout',
  'review-checkout',
  'place-order',
  'check-status',
  'backup-data',
  'buy-subscription',
  'verify-licenses',
  'reassign-licenses',
  'move-custom-domain',
  'cancel-old-subscription',
];

describe('reason catalog', () => {
  it.each(REASON_TABLE)('%s is a %s reason from %j', (id, kind, sources) => {
    expect(REASONS[id]).toMatchObject({ id, kind, sources });
  });

  it('has exactly the contract reasons', () => {
    expect([...REASON_IDS]).toEqual(REASON_TABLE.map(([id]) => id));
    expect(Object.keys(REASONS).sort()).toEqual([...REASON_IDS].sort());
  });
});

describe('warning and step catalogs', () => {
  it('has exactly the contract warnings and steps, each keyed by its own id with a source', () => {
    expect([...WARNING_IDS]).toEqual(CONTRACT_WARNINGS);
    expect([...STEP_IDS]).toEqual(CONTRACT_STEPS);
    for (const id of WARNING_IDS) expect(WARNINGS[id]).toMatchObject({ id, sources: expect.arrayContaining([expect.any(String)]) });
    for (const id of STEP_IDS) expect(STEPS[id]).toMatchObject({ id, sources: expect.arrayContaining([expect.any(String)]) });
  });

  it('puts the nine Upgrade tab steps on that path and the six manual steps on the manual one', () => {
    expect(STEP_IDS.filter((id) => STEPS[id].path === 'upgrade-tab')).toEqual(CONTRACT_STEPS.slice(0, 9));
    expect(STEP_IDS.filter((id) => STEPS[id].path === 'manual')).toEqual(CONTRACT_STEPS.slice(9));
  });
});

describe('sources and notes', () => {
  it('names the three sources with their English titles and years, newest leading', () => {
    expect(SOURCES['000']).toMatchObject({ title: 'Upgrade from an Office 365 E4 subscription', year: 2020 });
    expect(SOURCES['002']).toMatchObject({ title: 'Change your Office 365 plan or subscription', year: 2013 });
    expect(SOURCES.MSD.url).toMatch(/^https:\/\/learn\.microsoft\.com\/microsoft-365\/commerce\/subscriptions\//);
    expect(SOURCES['000'].year).toBeGreaterThan(SOURCES['002'].year);
    for (const id of SOURCE_IDS) expect(SOURCES[id].id).toBe(id);
  });

  it('keeps the older facts where the documents disagree as notes from seed 002', () => {
    expect(REASONS['credit-check-pending'].notes).toContain('credit-check-two-weeks-2013');
    expect(WARNINGS['invoice-credit-check'].notes).toContain('credit-check-two-weeks-2013');
    expect(STEPS['open-upgrade-tab'].notes).toContain('switch-plans-wizard-2013');
    expect(NOTES['credit-check-two-weeks-2013'].sources).toEqual(['002']);
    expect(NOTES['switch-plans-wizard-2013'].sources).toEqual(['002']);
  });

  it('references only notes that exist, and every note is referenced', () => {
    const referenced = new Set<NoteId>([
      ...Object.values(REASONS).flatMap((reason) => reason.notes),
      ...Object.values(WARNINGS).flatMap((warning) => warning.notes),
      ...Object.values(STEPS).flatMap((step) => step.notes),
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
    ];
    for (const source of cited) expect(SOURCE_IDS).toContain(source);
  });
});

describe('admin center places', () => {
  it('names pages as the admin sees them in both languages', () => {
    expect(ADMIN_CENTER_PLACES['billing-your-products']).toEqual({
      en: 'Billing > Your products',
      it: 'Fatturazione > I tuoi prodotti',
    });
    expect(ADMIN_CENTER_PLACES['upgrade-tab']).toEqual({ en: 'Upgrade', it: 'Aggiornamento' });
    for (const place of Object.values(ADMIN_CENTER_PLACES)) {
      expect(place.en.trim()).not.toBe('');
      expect(place.it.trim()).not.toBe('');
    }
  });

  it('is where every reason and step that points into the admin center points', () => {
    const places = [...Object.values(REASONS), ...Object.values(STEPS)].flatMap((entry) =>
      entry.adminCenter === undefined ? [] : [entry.adminCenter],
    );
    for (const place of places) expect(Object.keys(ADMIN_CENTER_PLACES)).toContain(place);
    expect(STEPS['open-your-products'].adminCenter).toBe('billing-your-products');
    expect(STEPS['open-upgrade-tab'].adminCenter).toBe('upgrade-tab');
    expect(REASONS['service-health-issue'].adminCenter).toBe('service-health');
  });
});

describe('limits', () => {
  it('keeps the numbers of the documents with their sources, the newer credit check leading', () => {
    expect(LIMITS.wizardUsers).toEqual({ value: 300, sources: ['002'] });
    expect(LIMITS.smallBusinessUsers).toEqual({ value: 25, sources: ['002'] });
    expect(LIMITS.usersPerBatch).toEqual({ value: 20, sources: ['000'] });
    expect(LIMITS.creditCheckBusinessDays).toEqual({ value: 2, sources: ['000'] });
    expect(LIMITS.typicalUpgradeMinutes.value).toBe(10);
  });
});

describe('facts', () => {
  it('lists every schema field once in FACT_KEYS and FACTS, current plan first', () => {
    const fields = Object.keys(TenantFactsSchema.shape).sort();
    expect([...FACT_KEYS].sort()).toEqual(fields);
    expect(Object.keys(FACTS).sort()).toEqual(fields);
    expect(FACT_KEYS[0]).toBe('currentPlan');
    expect(FACT_KEYS[1]).toBe('purchaseChannel');
  });

  it('asks the two choices with the schema options and types the rest', () => {
    expect(FACTS.adminRole).toEqual({ kind: 'choice', options: ['global-admin', 'billing-admin', 'other'] });
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
