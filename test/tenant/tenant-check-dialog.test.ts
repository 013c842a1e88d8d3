import type { Activity } from 'botbuilder';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { GraphTenantReader } from '../../bot/graph/index.js';
import { diagnose, type ReasonId, type UpgradePath } from '../../domain/index.js';
import { LANGUAGES, messagesFor, type Language } from '../../i18n/index.js';
import { buttonData, Chat, cardsOf, submitActions, textOf } from '../support/chat.js';
import { answerQuestions, askedFact } from '../support/intake-driver.js';
import { startFakeGraph, type FakeGraph } from './fake-graph.js';
import { clearTenant, conflictTrialDomainTenant, type GraphTenant } from './graph-fixtures.js';
import { ADMIN_ANSWERS, GRAPH_HOLDS } from './graph-holds.js';

const CONNECTION = 'graph-connection';
const LOCALES: Record<Language, string> = { en: 'en-US', it: 'it-IT' };


const fake: FakeGraph = await startFakeGraph(clearTenant());
afterAll(() => fake.close());
beforeEach(() => fake.reset(clearTenant()));

function tenantChat(language: Language = 'en', tenant?: GraphTenant): Chat {
  if (tenant) fake.reset(tenant);
  return new Chat({
    locale: LOCALES[language],
    tenantCheck: { connectionName: CONNECTION, reader: new GraphTenantReader({ baseUrl: fake.url, retryDelaySeconds: 0, timeoutMs: 3_000 }) },
  });
}

const oauthCards = (replies: Partial<Activity>[]) =>
  replies.flatMap((reply) => (reply.attachments ?? []).filter((attachment) => attachment.contentType === 'application/vnd.microsoft.card.oauth'));

/** The sign-in card's answer, as the token service sends it after the admin signs in. */
async function signIn(chat: Chat, token = fake.token): Promise<Partial<Activity>[]> {
  chat.adapter.addUserToken(CONNECTION, 'test', 'user-1', token);
  return chat.send({ type: 'event', name: 'tokens/response', value: { connectionName: CONNECTION, token } });
}

function expectVerdict(language: Language, replies: Partial<Activity>[], path: UpgradePath, reasons: ReasonId[]) {
  const messages = messagesFor(language);
  const text = textOf(replies);
  expect(text).toContain(messages.paths[path]);
  for (const reason of reasons) expect(text).toContain(messages.reasons[reason].title);
}

describe.each(LANGUAGES)('Check my tenant in %s', (language) => {
  const messages = messagesFor(language);

  it('license conflict, trial and custom domain: after sign-in only what Graph cannot tell is asked, and the verdict is right', async () => {
    const chat = tenantChat(language, conflictTrialDomainTenant());
    const menu = await chat.joins();
    const start = await chat.click(buttonData(menu, messages.tenant.menu));
    expect(textOf(start)).toContain(messages.tenant.intro);
    expect(oauthCards(start)).toHaveLength(1);

    const read = await signIn(chat);
    const said = textOf(read);
    expect(said).toContain(messages.tenant.fromTenantLabel);
    expect(said).toContain('contoso.com');
    expect(said).toContain(messages.tenant.unknownProducts(['FLOW_FREE']));
    expect(said).toContain(messages.tenant.correctHint);

    const run = await answerQuestions(chat, read, ADMIN_ANSWERS, { mode: 'click', language });
    expect(run.asked.filter((fact) => GRAPH_HOLDS.includes(fact))).toEqual([]);
    expect(run.asked).not.toContain('currentPlan');
    const expected = diagnose({
      currentPlan: 'm365-e3',
      licensesPurchased: 250,
      licensesAssigned: 262,
      licensedUsers: 262,
      trial: true,
      customDomain: true,
      adminRole: 'global-admin',
      ...ADMIN_ANSWERS,
    });
    expect(expected.path).toBe('resolve-then-upgrade-tab');
    expect(expected.reasons.map((reason) => reason.id)).toEqual(expect.arrayContaining(['license-conflict', 'trial-subscription']));
    expectVerdict(language, run.replies, expected.path, ['license-conflict', 'trial-subscription']);
  });

  it('the "From your tenant" line, pasted into a case, gives the same facts', async () => {
    const chat = tenantChat(language, conflictTrialDomainTenant());
    await chat.say(language === 'en' ? 'check my tenant' : 'controlla il mio tenant');
    const line = (textOf(await signIn(chat)).split('\n').find((text) => text.startsWith(messages.tenant.fromTenantLabel)) ?? '').trim();
    expect(line).not.toBe('');

    const agent = new Chat({ locale: LOCALES[language], userId: 'agent-1' });
    await agent.say('triage');
    const filled = await agent.say(line);
    const triaged = await agent.click(buttonData(filled, messages.desk.form.saveButton));
    const [saved] = await agent.caseStore.listByAgent('test:agent-1', 1);
    expect(textOf(triaged)).toContain(saved?.id ?? 'no case');
    expect(saved?.facts).toMatchObject({
      currentPlan: 'm365-e3',
      licensesPurchased: 250,
      licensesAssigned: 262,
      licensedUsers: 262,
      trial: true,
      multipleSubscriptionsSameProduct: false,
      customDomain: true,
      serviceHealthIssue: false,
      provisioningIncomplete: false,
      adminRole: 'global-admin',
    });
  });
});

describe('choosing among several subscriptions', () => {
  const several = (): GraphTenant => ({
    ...clearTenant(),
    skus: [...clearTenant().skus, { skuPartNumber: 'O365_BUSINESS_PREMIUM', enabled: 20, consumed: 25 }],
    subscriptions: [{ skuPartNumber: 'SPE_E3' }, { skuPartNumber: 'O365_BUSINESS_PREMIUM' }, { skuPartNumber: 'O365_BUSINESS_PREMIUM', isTrial: true }],
  });

  it('asks which one, and a click picks it', async () => {
    const chat = tenantChat('en', several());
    chat.adapter.addUserToken(CONNECTION, 'test', 'user-1', fake.token);
    const asked = await chat.say('check my tenant');
    // Signed in already: straight to the choice, no sign-in card.
    expect(oauthCards(asked)).toHaveLength(0);
    const choices = cardsOf(asked).flatMap(submitActions).filter((action) => action.data?.['action'] === 'tenant-product');
    expect(choices.map((action) => action.data?.['sku'])).toEqual(['SPE_E3', 'O365_BUSINESS_PREMIUM']);
    const read = await chat.click(buttonData(asked, /^2\. Microsoft 365 Business Standard/));
    const line = textOf(read);
    expect(line).toContain('Microsoft 365 Business Standard, 20 licenses purchased, 25 assigned, 25 users, a trial, duplicate subscriptions of this product (2 or more)');
  });

  it('takes the number typed, and refuses one that is not offered', async () => {
    const chat = tenantChat('it', several());
    chat.adapter.addUserToken(CONNECTION, 'test', 'user-1', fake.token);
    await chat.say('controlla il mio tenant');
    const refused = await chat.say('7');
    expect(textOf(refused)).toContain(messagesFor('it').ui.reprompt.notAChoice);
    const read = await chat.say('1');
    expect(textOf(read)).toContain('Dal tuo tenant: Microsoft 365 E3, 100 licenze acquistate');
  });
});

describe('when Graph cannot answer', () => {
  it('403 on service health: says why, and asks that fact instead when it matters', async () => {
    const chat = tenantChat('en');
    fake.fail('/admin/serviceAnnouncement/healthOverviews', { status: 403, code: 'Forbidden' });
    await chat.say('check my tenant');
    const read = await signIn(chat);
    const messages = messagesFor('en');
    expect(textOf(read)).toContain(messages.tenant.fault.forbidden([messages.tenant.parts.serviceHealth]));
    expect(textOf(read)).not.toContain('service health issue');
    const run = await answerQuestions(chat, read, { ...ADMIN_ANSWERS, serviceHealthIssue: false }, { mode: 'click', language: 'en' });
    expect(run.asked.filter((fact) => GRAPH_HOLDS.includes(fact))).toEqual(['serviceHealthIssue']);
  });

  it.each(LANGUAGES)('everything throttled (%s): one sentence, then the questions as before', async (language) => {
    const chat = tenantChat(language);
    for (const path of ['/organization', '/subscribedSkus', '/directory/subscriptions', '/domains', '/admin/serviceAnnouncement/healthOverviews', '/me/transitiveMemberOf']) {
      fake.fail(path, { status: 429, code: 'TooManyRequests', headers: { 'Retry-After': '600' } });
    }
    await chat.say(language === 'en' ? 'check my tenant' : 'controlla il mio tenant');
    const read = await signIn(chat);
    const { tenant } = messagesFor(language);
    const parts = (['tenantId', 'skus', 'subscriptions', 'domains', 'serviceHealth', 'adminRoles'] as const).map((part) => tenant.parts[part]);
    expect(textOf(read)).toContain(tenant.fault.throttled(parts));
    expect(askedFact(read)).toBe('currentPlan');
  });

  it('an expired token: says so, signs the admin out, and the next check asks to sign in again', async () => {
    const chat = tenantChat('en');
    await chat.say('check my tenant');
    const read = await signIn(chat, 'expired-token');
    const { tenant } = messagesFor('en');
    expect(textOf(read)).toContain(tenant.fault['token-expired'](Object.values(tenant.parts)));
    expect(askedFact(read)).toBe('currentPlan');
    await chat.say('cancel');
    const again = await chat.say('check my tenant');
    expect(oauthCards(again)).toHaveLength(1);
  });

  it('Graph down (5xx): says so and the conversation goes on', async () => {
    const chat = tenantChat('it');
    for (const path of ['/subscribedSkus', '/directory/subscriptions']) fake.fail(path, { status: 503, code: 'ServiceUnavailable', headers: { 'Retry-After': '0' } }, Infinity);
    await chat.say('controlla il mio tenant');
    const read = await signIn(chat);
    const { tenant } = messagesFor('it');
    expect(textOf(read)).toContain(tenant.fault.unavailable([tenant.parts.skus, tenant.parts.subscriptions]));
    expect(askedFact(read)).toBe('currentPlan');
  });

  it('only products the bot does not know: named, never guessed, and the plan is asked', async () => {
    const chat = tenantChat('en', { ...clearTenant(), skus: [{ skuPartNumber: 'SPE_E3_USGOV_DOD', enabled: 5, consumed: 5 }] });
    await chat.say('check my tenant');
    const read = await signIn(chat);
    expect(textOf(read)).toContain(messagesFor('en').tenant.noKnownProduct(['SPE_E3_USGOV_DOD']));
    expect(askedFact(read)).toBe('currentPlan');
  });
});

describe('sign-in and sign-out', () => {
  it('typing something else instead of signing in goes on with the questions', async () => {
    const chat = tenantChat('en');
    await chat.say('check my tenant');
    const replies = await chat.say('no thanks');
    expect(textOf(replies)).toContain(messagesFor('en').tenant.signInSkipped);
    expect(askedFact(replies)).toBe('currentPlan');
  });

  it('"sign out" forgets the sign-in: the next check shows the sign-in card', async () => {
    const chat = tenantChat('en');
    chat.adapter.addUserToken(CONNECTION, 'test', 'user-1', fake.token);
    await chat.say('check my tenant');
    const out = await chat.say('sign out');
    expect(textOf(out)).toContain(messagesFor('en').tenant.signedOut);
    await chat.say('start over');
    expect(oauthCards(await chat.say('check my tenant'))).toHaveLength(1);
  });

  it('a fact typed at the answer corrects one read from the tenant', async () => {
    const chat = tenantChat('en', conflictTrialDomainTenant());
    await chat.say('check my tenant');
    const read = await signIn(chat);
    const run = await answerQuestions(chat, read, ADMIN_ANSWERS, { mode: 'click', language: 'en' });
    expect(textOf(run.replies)).toContain(messagesFor('en').reasons['license-conflict'].title);
    const corrected = await chat.say('we have 300 licenses purchased');
    expect(textOf(corrected)).toContain(messagesFor('en').intake.updated([`${messagesFor('en').facts.licensesPurchased.label}: 300`]));
    expect(textOf(corrected)).not.toContain(messagesFor('en').reasons['license-conflict'].title);
    expect(textOf(corrected)).toContain(messagesFor('en').reasons['trial-subscription'].title);
  });
});

describe('without an OAuth connection', () => {
  it('the feature is not offered: no menu entry, and the words mean what they meant before', async () => {
    const chat = new Chat();
    const menu = await chat.joins();
    const titles = cardsOf(menu).flatMap(submitActions).map((action) => action.title);
    expect(titles).not.toContain(messagesFor('en').tenant.menu);
    const replies = await chat.say('check my tenant');
    expect(textOf(replies)).toContain(messagesFor('en').answers.notUnderstood);
    expect(oauthCards(replies)).toHaveLength(0);
    const help = await chat.say('help');
    expect(textOf(help)).not.toContain(messagesFor('en').tenant.help);
  });

  it('"sign out" is not a command there', async () => {
    const chat = new Chat();
    const replies = await chat.say('sign out');
    expect(textOf(replies)).not.toContain(messagesFor('en').tenant.signedOut);
  });
});
