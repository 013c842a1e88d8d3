import { describe, expect, test } from 'vitest';
import { comparePlans, diagnose, termEffects, type TenantFacts, type TermEffectId } from '../../domain/index.js';
import { LANGUAGES, messagesFor, planName } from '../../i18n/index.js';
import { buildDiagnosisCard } from '../../cards/index.js';
import { tenant } from '../support/tenant-fixtures.js';
import { allTexts } from './card-walk.js';

/** How it was bought and what is wanted, and what the change does to the term and the bill. */
const CASES: [string, TenantFacts, TermEffectId[]][] = [
  ['MOSA, E3 to E5 automatically', tenant({}), ['billing-switches-on-completion']],
  ['MCA, E3 to E5 automatically', tenant({ billingAccountType: 'mca', adminRole: 'billing-account-role' }), ['mca-choose-when-and-term']],
  ['through a partner', tenant({ purchaseChannel: 'partner' }), ['partner-upgrade-keeps-term']],
  ['volume licensing: the representative decides', tenant({ purchaseChannel: 'volume-licensing' }), []],
  ['E3 to E1: fewer services, a manual change', tenant({ targetPlan: 'o365-enterprise-e1' }), ['smaller-plan-at-renewal', 'old-plan-cancel-window']],
  ['E3 to E1 on an annual term', tenant({ targetPlan: 'o365-enterprise-e1', commitmentTerm: 'annual' }), ['smaller-plan-at-renewal', 'old-plan-cancel-window']],
  ['E3 to E1 on a monthly term: the renewal is a month away', tenant({ targetPlan: 'o365-enterprise-e1', commitmentTerm: 'monthly' }), ['smaller-plan-monthly', 'old-plan-cancel-window']],
  ['E3 to E1 through a partner', tenant({ targetPlan: 'o365-enterprise-e1', purchaseChannel: 'partner' }), ['partner-upgrade-keeps-term', 'smaller-plan-at-renewal']],
];

describe('what the change does to the term', () => {
  test.each(CASES)('%s', (_, facts, expected) => {
    expect(termEffects(facts, diagnose(facts))).toEqual(expected);
  });
});

describe.each(LANGUAGES)('the diagnosis card in %s, beside the verdict', (lang) => {
  const messages = messagesFor(lang);
  const text = messages.ui.diagnosis;
  const heading = (facts: TenantFacts) => text.servicesTitle(planName(messages, facts.currentPlan), planName(messages, facts.targetPlan ?? facts.currentPlan));

  test.each(CASES)('%s: the services gained and lost, and each term effect', (_, facts, expected) => {
    const shown = allTexts(buildDiagnosisCard(lang, diagnose(facts), facts)).join('\n');
    const { gained, lost } = comparePlans(facts.currentPlan, facts.targetPlan ?? facts.currentPlan);
    expect(gained.length + lost.length).toBeGreaterThan(0);
    const diagnosis = diagnose(facts);
    // A loss the fewer-services reason names already is not said twice.
    const lossesNamed = diagnosis.reasons.some((reason) => reason.services !== undefined);
    if (gained.length > 0 || !lossesNamed) expect(shown).toContain(heading(facts));
    if (gained.length > 0) expect(shown).toContain(text.servicesGained(gained.map((service) => service.name)));
    if (lost.length > 0) expect(shown).toContain(lossesNamed ? text.wouldLose(lost.map((service) => service.name)) : text.servicesLost(lost.map((service) => service.name)));
    for (const effect of expected) expect(shown).toContain(text.termEffects[effect]);
    expect(shown.includes(text.termTitle)).toBe(expected.length > 0);
    if (facts.commitmentTerm !== undefined) expect(shown).toContain(text.yourTerm(messagesFor(lang).choices.commitmentTerm[facts.commitmentTerm]));
  });

  test('no wanted plan: no services section', () => {
    const facts = tenant({ targetPlan: undefined });
    expect(allTexts(buildDiagnosisCard(lang, diagnose(facts), facts)).join('\n')).not.toContain(heading({ ...facts, targetPlan: 'o365-e5' }));
  });
});
