import { describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { CASE_ID_PATTERN } from '../../domain/index.js';
import { messagesFor } from '../../i18n/index.js';
import { buttonData, Chat, cardsOf, submitActions, textOf } from '../support/chat.js';
import { askedFact } from '../support/intake-driver.js';

function createdCaseId(replies: Partial<Activity>[]): string {
  const id = /UA-[2-9A-HJ-NP-Z]{6}/.exec(textOf(replies))?.[0];
  if (!id) throw new Error(`no case id in: ${textOf(replies)}`);
  return id;
}

async function triage(chat: Chat, inputs: Record<string, string>) {
  const form = await chat.click({ action: 'menu', choice: 'triage' });
  return chat.click(buttonData(form, messagesFor('en').ui.buttons.submit, inputs));
}

describe('support-agent triage', () => {
  it('one form in, a case out: id, diagnosis, and ticket text to paste', async () => {
    const messages = messagesFor('en');
    const chat = new Chat({ userId: 'agent-1', userName: 'Sam Support' });
    const replies = await triage(chat, { currentPlan: 'o365-enterprise-e3', purchaseChannel: 'partner', licensedUsers: '120', trial: '' });
    const caseId = createdCaseId(replies);
    expect(caseId).toMatch(CASE_ID_PATTERN);
    expect(textOf(replies)).toContain(messages.ui.triage.caseCreated(caseId));
    expect(textOf(replies)).toContain(messages.reasons['purchased-through-partner'].title);
    // The plain-text summary is its own message, ready to paste.
    const summary = replies.find((reply) => !reply.attachments?.length && reply.text?.includes(messages.ui.summary.heading));
    expect(summary?.text).toContain(caseId);
    expect(summary?.text).toContain('Sam Support');
    expect(summary?.text).toContain(messages.paths['contact-partner']);
    // Fenced, so markdown channels keep one fact a line.
    expect(summary?.text?.startsWith('```\n')).toBe(true);
    expect(summary?.text?.endsWith('\n```')).toBe(true);

    const saved = await chat.caseStore.get(caseId);
    expect(saved?.facts).toEqual({ currentPlan: 'o365-enterprise-e3', purchaseChannel: 'partner', licensedUsers: 120 });
    expect(saved?.agentId).toBe('test:agent-1');
    expect(saved?.diagnosis.path).toBe('contact-partner');
  });

  it('a form without the plan asks for the plan, then saves the case', async () => {
    const chat = new Chat({ userId: 'agent-1' });
    const replies = await triage(chat, { licensedUsers: '30', customDomain: 'true' });
    expect(askedFact(replies)).toBe('currentPlan');
    const done = await chat.say('Small Business Premium');
    const saved = await chat.caseStore.get(createdCaseId(done));
    expect(saved?.facts).toMatchObject({ currentPlan: 'o365-small-business-premium', licensedUsers: 30, customDomain: true });
  });

  it('free text works as well as the form', async () => {
    const chat = new Chat({ userId: 'agent-1' });
    await chat.click({ action: 'menu', choice: 'triage' });
    const replies = await chat.say('Customer on Exchange Online Plan 1, 12 users, bought with a credit card');
    const saved = await chat.caseStore.get(createdCaseId(replies));
    expect(saved?.facts).toMatchObject({ currentPlan: 'exchange-online-p1', licensedUsers: 12, purchaseChannel: 'direct-card' });
  });

  it('a tampered form is refused with the form again, and nothing is saved', async () => {
    const messages = messagesFor('en');
    const chat = new Chat({ userId: 'agent-1' });
    await chat.click({ action: 'menu', choice: 'triage' });
    const replies = await chat.click({ action: 'triage-form', currentPlan: 'o365-enterprise-e9', licensedUsers: '-3' });
    expect(textOf(replies)).toContain(messages.ui.invalidSubmit);
    expect(cardsOf(replies).flatMap(submitActions).map((action) => action.data?.['action'])).toContain('triage-form');
    expect(await chat.caseStore.listByAgent('agent-1', 10)).toEqual([]);
  });

  it('"my cases" lists the agent\'s own cases, newest first; "case <id>" opens one', async () => {
    const messages = messagesFor('en');
    const chat = new Chat({ userId: 'agent-1' });
    const first = createdCaseId(await triage(chat, { currentPlan: 'o365-enterprise-e1', purchaseChannel: 'direct-card' }));
    const second = createdCaseId(await triage(chat, { currentPlan: 'o365-enterprise-e3', purchaseChannel: 'partner' }));
    const list = await chat.say('my cases');
    const opened = cardsOf(list).flatMap(submitActions).map((action) => action.data?.['caseId']);
    expect(opened).toEqual([second, first]);
    const open = await chat.click(buttonData(list, messages.ui.buttons.open));
    expect(textOf(open)).toContain(second);
    const typed = await chat.say(`case ${first.toLowerCase()}`);
    expect(textOf(typed)).toContain(first);
  });

  it('a case opens only for its agent or a listed supervisor', async () => {
    const messages = messagesFor('en');
    const author = new Chat({ userId: 'agent-1' });
    const caseId = createdCaseId(await triage(author, { currentPlan: 'o365-enterprise-e3', purchaseChannel: 'partner' }));

    const stranger = author.restarted({ userId: 'agent-2', conversationId: 'conversation-2' });
    const refused = await stranger.say(`case ${caseId}`);
    expect(textOf(refused)).toContain(messages.ui.triage.caseNotFound(caseId));
    expect(textOf(refused)).not.toContain(messages.reasons['purchased-through-partner'].title);
    expect(textOf(await stranger.say('my cases'))).toContain(messages.ui.triage.myCasesEmpty);
    const clicked = await stranger.click({ action: 'open-case', caseId });
    expect(textOf(clicked)).toContain(messages.ui.triage.caseNotFound(caseId));

    // The author's user id claimed on another channel is someone else.
    const impostor = author.restarted({ channelId: 'webchat', conversationId: 'conversation-4' });
    expect(textOf(await impostor.say(`case ${caseId}`))).toContain(messages.ui.triage.caseNotFound(caseId));

    const supervisor = author.restarted({ userId: 'lead-1', conversationId: 'conversation-3', supportAgentIds: ['test:lead-1'] });
    expect(textOf(await supervisor.say(`case ${caseId}`))).toContain(messages.reasons['purchased-through-partner'].title);
  });

  it('in Italian, the case and its summary are in Italian', async () => {
    const messages = messagesFor('it');
    const chat = new Chat({ userId: 'agent-it', locale: 'it-IT' });
    const form = await chat.say('nuovo caso');
    const replies = await chat.click(buttonData(form, messages.ui.buttons.submit, { currentPlan: 'o365-enterprise-e4', purchaseChannel: 'volume-licensing' }));
    const caseId = createdCaseId(replies);
    expect(textOf(replies)).toContain(messages.ui.triage.caseCreated(caseId));
    expect(textOf(replies)).toContain(messages.reasons['purchased-through-volume-licensing'].title);
    expect(textOf(replies)).toContain(messages.ui.summary.heading);
  });
});
