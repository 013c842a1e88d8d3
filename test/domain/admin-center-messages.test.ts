import { describe, expect, it } from 'vitest';
import {
  ADMIN_CENTER_MESSAGES,
  ADMIN_CENTER_MESSAGE_IDS,
  CURRENT_ADMIN_CENTER_MESSAGE_IDS,
  REASONS,
  VOCABULARIES,
  diagnose,
  extractFacts,
  factsToRecheck,
  readAdminCenterMessage,
  type AdminCenterMessageId,
  type TenantFacts,
} from '../../domain/index.js';
import { tenant } from '../support/tenant-fixtures.js';

const WORDINGS = Object.values(VOCABULARIES).flatMap((vocabulary) =>
  ADMIN_CENTER_MESSAGE_IDS.flatMap((id) => vocabulary.adminCenterMessages[id].map((text): [string, AdminCenterMessageId, string] => [vocabulary.language, id, text])),
);

describe('the admin center messages', () => {
  it("offers today's list: MSD-2024's ten rows, its first and last first and last, without the 2020-only ones", () => {
    expect(CURRENT_ADMIN_CENTER_MESSAGE_IDS).toHaveLength(10);
    expect(CURRENT_ADMIN_CENTER_MESSAGE_IDS[0]).toBe('more-users-than-licenses');
    expect(CURRENT_ADMIN_CENTER_MESSAGE_IDS.at(-1)).toBe('different-problem');
    expect(CURRENT_ADMIN_CENTER_MESSAGE_IDS).not.toContain('prepaid-plan');
    expect(CURRENT_ADMIN_CENTER_MESSAGE_IDS).not.toContain('temporary-issue');
  });

  it('has a wording for every message in every language', () => {
    for (const vocabulary of Object.values(VOCABULARIES)) {
      for (const id of ADMIN_CENTER_MESSAGE_IDS) expect(vocabulary.adminCenterMessages[id].length, `${vocabulary.language} ${id}`).toBeGreaterThan(0);
    }
  });

  it.each(WORDINGS)('%s: reads "%s" pasted whole, and as a whole chat message', (_language, id, text) => {
    expect(readAdminCenterMessage(text)?.id).toBe(id);
    expect(readAdminCenterMessage(text, 'whole-message')?.id).toBe(id);
    expect(extractFacts(text)).toEqual(ADMIN_CENTER_MESSAGES[id].implies);
  });

  it.each<[string, AdminCenterMessageId]>([
    ['more users than licenses', 'more-users-than-licenses'],
    ["isn't currently eligible to change plans", 'not-currently-eligible'],
    ['two or more plans for the same product', 'two-plans-same-product'],
    ['YOUR SUBSCRIPTION HAS AN ADD-ON!!!', 'has-add-on'],
    ['you have more usres than licences', 'more-users-than-licenses'],
    ['The subscripton isnt curently eligible to change plans', 'not-currently-eligible'],
    ['The admin center says: You have a government or non-profit plan.', 'government-or-nonprofit'],
    ['it says "another plan is in the process of being changed"', 'plan-change-or-credit-check'],
    ['fully set up or the service isnt available', 'not-set-up-or-unavailable'],
    ['a different problem than whats listed', 'different-problem'],
    ['più utenti rispetto alle licenze', 'more-users-than-licenses'],
    ["la pagina dice: questa sottoscrizione non è idonea per l'aggiornamento", 'not-currently-eligible'],
    ['saldo non pagato', 'unpaid-balance'],
  ])('reads the partial, loose "%s" as %s', (text, id) => {
    expect(readAdminCenterMessage(text)?.id).toBe(id);
  });

  it.each(['', 'hello', 'we have 350 users on E3', 'can I upgrade to E5?', 'we have a custom domain', 'the subscription', 'non lo so'])(
    '"%s" is no admin-center message',
    (text) => {
      expect(readAdminCenterMessage(text)).toBeUndefined();
    },
  );

  it('maps each message to its reason; "a different problem" to none', () => {
    expect(readAdminCenterMessage('I have a different problem than what is listed here')).toEqual({ id: 'different-problem', facts: {} });
    expect(readAdminCenterMessage('You have more users than licenses.')).toEqual({
      id: 'more-users-than-licenses',
      reason: 'license-conflict',
      facts: { moreUsersThanLicenses: true },
    });
  });

  it.each(ADMIN_CENTER_MESSAGE_IDS.filter((id) => Object.keys(ADMIN_CENTER_MESSAGES[id].implies).length > 0))(
    '%s: the facts it implies make diagnose show its reason',
    (id) => {
      const message = ADMIN_CENTER_MESSAGES[id];
      const facts: TenantFacts = { currentPlan: 'o365-enterprise-e3', billingAccountType: 'mosa', ...message.implies };
      const diagnosis = diagnose(facts);
      if (message.reason !== undefined && REASONS[message.reason].scope === 'history') {
        // A 2020-only message whose reason no current source repeats: no blocker, "no source decides".
        expect(diagnosis.reasons.map((reason) => reason.id)).not.toContain(message.reason);
        expect(diagnosis.undecided).toContain('prepaid-plan-undocumented');
      } else {
        expect(diagnosis.reasons.map((reason) => reason.id)).toContain(message.reason);
      }
    },
  );

  it('"the plan you want isn\'t a supported option" implies no fact: the wanted plan decides', () => {
    expect(ADMIN_CENTER_MESSAGES['target-not-supported'].implies).toEqual({});
    const facts = tenant({ targetPlan: 'o365-enterprise-e1' });
    expect(diagnose(facts).reasons.map((reason) => reason.id)).toContain(ADMIN_CENTER_MESSAGES['target-not-supported'].reason);
  });
});

describe('more users than licenses, as the admin center says it', () => {
  const counted: Partial<TenantFacts> = { licensesPurchased: 100, licensesAssigned: 100 };

  it('shows license-conflict without any count', () => {
    const facts = tenant({ licensesPurchased: undefined, licensesAssigned: undefined, moreUsersThanLicenses: true });
    expect(diagnose(facts).reasons.map((reason) => reason.id)).toEqual(['license-conflict']);
  });

  it('is decided by the counts when both are known, else by the yes/no', () => {
    expect(diagnose(tenant({ ...counted, moreUsersThanLicenses: true })).reasons).toEqual([]);
    expect(diagnose(tenant({ licensesPurchased: 100, licensesAssigned: 101, moreUsersThanLicenses: false })).reasons.map((reason) => reason.id)).toEqual([
      'license-conflict',
    ]);
    expect(diagnose(tenant({ licensesAssigned: undefined, moreUsersThanLicenses: false })).reasons).toEqual([]);
  });

  it('while unknown, the yes/no is what the intake asks, not the two counts', () => {
    const facts = tenant({ licensesPurchased: undefined, licensesAssigned: undefined, moreUsersThanLicenses: undefined });
    expect(diagnose(facts).unknownFacts).toEqual(['moreUsersThanLicenses']);
  });

  it('both counts, typed or read from the tenant, decide over the yes/no', () => {
    expect(diagnose(tenant({ licensesPurchased: 10, licensesAssigned: 12, moreUsersThanLicenses: false })).reasons.map((r) => r.id)).toContain('license-conflict');
    expect(diagnose(tenant({ licensesPurchased: 12, licensesAssigned: 10, moreUsersThanLicenses: true })).reasons.map((r) => r.id)).not.toContain('license-conflict');
  });

  it('is asked afresh by "check again" with the counts', () => {
    const diagnosis = diagnose(tenant({ licensesPurchased: undefined, licensesAssigned: undefined, moreUsersThanLicenses: true }));
    expect(factsToRecheck(diagnosis)).toEqual(['licensesAssigned', 'licensesPurchased', 'moreUsersThanLicenses']);
  });
});
