import { describe, expect, it } from 'vitest';
import { extractFacts, readAnswer } from '../../domain/index.js';

describe('numbers in an answer to a count question', () => {
  it.each([
    ['about three hundred and fifty', 350],
    ['twelve hundred', 1200],
    ['a dozen', 12],
    ['one', 1],
    ['trecentocinquanta', 350],
    ['duemila e cinquecento', 2500],
    ['venti', 20],
    ['mille', 1000],
    ['ventotto', 28],
    ['trentuno', 31],
    ['centotto', 108],
    ['centottanta', 180],
    ['millecinquecento', 1500],
    ['un milione', 1_000_000],
    ['2 mila', 2000],
    ['due', 2],
    ['sei', 6],
    ['uno', 1],
    ['1.5k', 1500],
    ['3k', 3000],
  ])('"%s" is %d', (text, count) => {
    expect(readAnswer('licensedUsers', text)).toBe(count);
  });

  it.each(['-5', '2^31', '2**31', '5.5', '5,5', '50%', '300+', 'over 300', 'more than 300', 'almeno 20', 'tra 300 e 400', '300-400', '300 or 400', 'minus five', 'two point five'])(
    '"%s" is no count: the bot asks again',
    (text) => {
      expect(readAnswer('licensedUsers', text)).toBeUndefined();
    },
  );
});

describe('numbers in a sentence', () => {
  it.each([
    ['-5 users', {}],
    ['2^31 users', {}],
    ['5.5 users', {}],
    ['5,5 utenti', {}],
    ['about three hundred and fifty users', { licensedUsers: 350 }],
    ['trecentocinquanta utenti', { licensedUsers: 350 }],
    ['duemila e cinquecento utenti', { licensedUsers: 2500 }],
    ['sei utenti', { licensedUsers: 6 }],
    ['Business Standard - 45 users', { currentPlan: 'm365-business-standard', licensedUsers: 45 }],
  ])('"%s" reads %j', (text, facts) => {
    expect(extractFacts(text)).toEqual(facts);
  });

  it.each([
    ['one of our admins bought it through a partner', { purchaseChannel: 'partner' }],
    ['the invoice is past due', { unpaidBalance: true }],
    ["sei l'amministratore globale?", {}],
    ['io sono un utente normale', { adminRole: 'other' }],
    ['due to an outage we cannot upgrade', { serviceHealthIssue: true }],
  ])('a number word that is an ordinary word here is no count: "%s"', (text, facts) => {
    expect(extractFacts(text)).toEqual(facts);
  });
});
