import type { Activity } from 'botbuilder';
import { AppCredentials, AuthenticationConstants } from 'botframework-connector';
import { afterAll, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../bot/config.js';
import { startUpgradeAssistant } from '../../bot/upgrade-assistant.js';
import { diagnose, type FactKey } from '../../domain/index.js';
import { messagesFor } from '../../i18n/index.js';
import { captureLogger, messageActivity, postActivity, type ReplyBody } from '../host/host-fixture.js';
import { channelClaims, startTokenIssuer } from '../host/token-issuer.js';
import { textOf } from '../support/chat.js';
import { askedFact, askedQuestion, answerClick } from '../support/intake-driver.js';
import { startFakeGraph } from './fake-graph.js';
import { startFakeTokenService } from './fake-token-service.js';
import { conflictTrialDomainTenant } from './graph-fixtures.js';
import { ADMIN_ANSWERS, GRAPH_HOLDS } from './graph-holds.js';

/**
 * The whole bot over HTTP with an Azure Bot registration: channel tokens signed by a local issuer,
 * the Bot Framework token service and Microsoft Graph played by local servers. Nothing leaves the machine.
 */

const APP_ID = '5d2e6a07-7b0c-4d8e-9f3a-2c1b0a9e8d7f';
const CONNECTION = 'graph';
const MAGIC_CODE = '482913';
const SERVICE_URL = 'http://127.0.0.1:1';
const BOT_APP_TOKEN = 'bot-app-token-for-the-token-service';

const issuer = await startTokenIssuer();
const graph = await startFakeGraph(conflictTrialDomainTenant(), 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.e2e-graph-token');
const tokenService = await startFakeTokenService(BOT_APP_TOKEN);
// The bot's own token for the token service comes from Microsoft Entra, which cannot be reached
// here: botframework-connector keeps app tokens in AppCredentials' cache, so one is put there.
const appTokens: unknown = Reflect.get(AppCredentials, 'cache');
if (!(appTokens instanceof Map)) throw new Error('botframework-connector no longer caches app tokens where this test expects');
appTokens.set(`${APP_ID}${AuthenticationConstants.ToChannelFromBotOAuthScope}-cache`, { accessToken: BOT_APP_TOKEN, expiresOn: new Date(Date.now() + 3_600_000) });

const { logger, log } = captureLogger();
const config: Config = {
  ...loadConfig({
    HOST: '127.0.0.1',
    STORAGE: 'memory',
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'not-used-the-token-is-cached',
    OAUTH_CONNECTION_NAME: CONNECTION,
    OAUTH_API_URL: tokenService.url,
    GRAPH_BASE_URL: graph.url,
  }),
  PORT: 0,
};
const bot = await startUpgradeAssistant(config, logger, { openIdMetadataUrl: issuer.metadataUrl });
afterAll(async () => {
  await bot.stop();
  await Promise.all([graph.close(), issuer.close()]);
});

async function send(activity: Record<string, unknown>): Promise<Partial<Activity>[]> {
  const authorization = `Bearer ${issuer.issue(channelClaims(APP_ID, SERVICE_URL))}`;
  const response = await postActivity(bot.url, messageActivity('', { serviceUrl: SERVICE_URL, ...activity }), { authorization });
  expect(response.status).toBe(200);
  return ((await response.json()) as ReplyBody).activities as Partial<Activity>[];
}

const hasSignInCard = (replies: Partial<Activity>[]) =>
  replies.flatMap((activity) => activity.attachments ?? []).some((attachment) => attachment.contentType === 'application/vnd.microsoft.card.oauth');

it('over HTTP: signs in through the token service, reads Graph, and reaches a verdict asking nothing Graph holds', async () => {
  const messages = messagesFor('en');
  expect(hasSignInCard(await send({ text: 'check my tenant' }))).toBe(true);

  // The admin signs in on the page the card opens; the page shows a code to type here.
  tokenService.completeSignIn('user-1', CONNECTION, 'test', graph.token, MAGIC_CODE);
  let replies = await send({ text: MAGIC_CODE });
  expect(textOf(replies)).toContain(messages.tenant.fromTenantLabel);
  expect(graph.requests.length).toBeGreaterThanOrEqual(6);
  expect(graph.requests.every((request) => request.authorized)).toBe(true);

  const admin = ADMIN_ANSWERS;

  const asked: FactKey[] = [];
  for (let question = askedQuestion(replies); question !== undefined; question = askedQuestion(replies)) {
    asked.push(...question.facts);
    for (const fact of question.facts) expect(admin[fact], `asked ${fact}`).toBeDefined();
    expect(asked.length).toBeLessThan(15);
    replies = await send({ value: answerClick(replies, question, admin) });
  }
  expect(asked.filter((fact) => GRAPH_HOLDS.includes(fact))).toEqual([]);
  const verdict = diagnose({ currentPlan: 'm365-e3', licensesPurchased: 250, licensesAssigned: 262, licensedUsers: 262, trial: true, customDomain: true, adminRole: 'global-admin', ...admin });
  expect(textOf(replies)).toContain(messages.paths[verdict.path]);
  expect(textOf(replies)).toContain(messages.reasons['license-conflict'].title);
  expect(textOf(replies)).toContain(messages.reasons['trial-subscription'].title);

  expect(tokenService.calls).toContain('GET /api/usertoken/GetToken');
  // Tokens reach Graph and the token service only, never the logs.
  for (const secret of [graph.token, BOT_APP_TOKEN, MAGIC_CODE]) expect(log.text).not.toContain(secret);
});

it('over HTTP: "sign out" reaches the token service, and the next check asks to sign in', async () => {
  await send({ text: 'cancel' });
  const out = await send({ text: 'sign out' });
  expect(textOf(out)).toContain(messagesFor('en').tenant.signedOut);
  expect(tokenService.calls).toContain('DELETE /api/usertoken/SignOut');
  expect(hasSignInCard(await send({ text: 'check my tenant' }))).toBe(true);
});

// Last: it stops the token service.
it('over HTTP: a token service that fails costs the sign-in, not the conversation', async () => {
  await send({ text: 'start over' });
  await tokenService.close();
  const replies = await send({ text: 'check my tenant' });
  expect(textOf(replies)).toContain(messagesFor('en').tenant.signInUnavailable);
  expect(askedFact(replies)).toBe('currentPlan');
  expect(log.entries()).toContainEqual(expect.objectContaining({ event: 'sign-in.failed' }));
});
