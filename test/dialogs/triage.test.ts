import { describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { MemoryCaseStore } from '../../bot/storage/memory-case-store.js';
import { CaseDesk } from '../../dialogs/case-desk.js';
import { CASE_ID_PATTERN, factsThatMatter, openCase } from '../../domain/index.js';
import { messagesFor } from '../../i18n/index.js';
import { TICKET_TEXT_WIDTH } from '../../cards/index.js';
import { buttonData, Chat, cardsOf, submitActions, textOf } from '../support/chat.js';

function createdCaseId(replies: Partial<Activity>[]): string {
  const id = /UA-[2-9A-HJ-NP-Z]{6}/.exec(textOf(replies))?.[0];
  if (!id) throw new Error(`no case id in: ${textOf(replies)}`);
  return id;
}

const en = messagesFor('en');

/** Opens the form, picks the plan (the form comes back with that plan's fields), fills them in, saves. */
async function triage(chat: Chat, inputs: Record<string, string>) {
  const form = await chat.click({ action: 'menu', choice: 'triage' });
  const planned = await chat.click(buttonData(form, en.desk.form.saveButton, { currentPlan: inputs['currentPlan'] }));
  return chat.click(buttonData(planned, en.desk.form.saveButton, inputs));
}

/** The inputs of the newest card, in order. */
function inputsOf(replies: Partial<Activity>[]): Record<string, unknown>[] {
  const inputs: Record<string, unknown>[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const element = node as Record<string, unknown>;
      if (typeof element['type'] === 'string' && element['type'].startsWith('Input.') && typeof element['id'] === 'string') inputs.push(element);
      Object.values(element).forEach(walk);
    }
  };
  walk(cardsOf(replies).at(-1));
  return inputs;
}

function inputIds(replies: Partial<Activity>[]): string[] {
  return inputsOf(replies).map((input) => String(input['id']));
}

describe('support-agent triage', () => {
  it('the form is sent once, as a card alone: its introduction is not also the message text', async () => {
    const chat = new Chat({ userId: 'agent-1' });
    const form = await chat.click({ action: 'menu', choice: 'triage' });
    expect(textOf(form).split(en.desk.form.intro)).toHaveLength(2);
    expect(form.every((reply) => !reply.text)).toBe(true);
    expect(inputIds(form)).toEqual(['customer', 'tenant', 'ticket', 'currentPlan']);
  });

  it('a pasted sentence fills the form at once, with only the fields that matter for the plan', async () => {
    const chat = new Chat({ userId: 'agent-1' });
    await chat.click({ action: 'menu', choice: 'triage' });
    const filled = await chat.say('Customer: E3, 350 users, through a partner. Ticket 48213');
    expect(textOf(filled)).toContain(en.desk.form.filledFromSentence(4));
    const facts = { currentPlan: 'o365-enterprise-e3' as const, licensedUsers: 350, purchaseChannel: 'partner' as const };
    expect(inputIds(filled)).toEqual(['customer', 'tenant', 'ticket', ...factsThatMatter(facts)]);
    const saved = await chat.click(buttonData(filled, en.desk.form.saveButton, { customer: 'Contoso', currentPlan: 'o365-enterprise-e3', licensedUsers: '350', purchaseChannel: 'partner', ticket: '48213' }));
    const stored = await chat.caseStore.get(createdCaseId(saved));
    expect(stored).toMatchObject({ customer: 'Contoso', ticket: '48213', facts, status: 'open' });
    expect(stored?.diagnosis.path).toBe('contact-partner');
  });

  it('a request typed with the case ("new case: ..., ticket 48300") fills the form with its facts, ticket and tenant', async () => {
    const chat = new Chat({ userId: 'agent-1' });
    const form = await chat.say('new case: Office 365 E3, 120 users, bought through a partner, tenant fabrikam.com, ticket 48300');
    expect(textOf(form)).toContain(en.desk.form.filledFromSentence(5));
    const filled = Object.fromEntries(inputsOf(form).map((input) => [input['id'], input['value']]));
    expect(filled).toMatchObject({ ticket: '48300', tenant: 'fabrikam.com', currentPlan: 'o365-enterprise-e3', purchaseChannel: 'partner', licensedUsers: 120 });
    const saved = await chat.click(buttonData(form, en.desk.form.saveButton, { currentPlan: 'o365-enterprise-e3', purchaseChannel: 'partner', licensedUsers: '120', ticket: '48300', tenant: 'fabrikam.com' }));
    expect(await chat.caseStore.get(createdCaseId(saved))).toMatchObject({ ticket: '48300', tenant: 'fabrikam.com' });
  });

  it('a case out: third person, ticket text wrapped for pasting, one date format, case and list cards alone', async () => {
    const chat = new Chat({ userId: 'agent-1', userName: 'Sam Support' });
    const replies = await triage(chat, { currentPlan: 'o365-enterprise-e3', purchaseChannel: 'partner', licensedUsers: '120', customer: 'Contoso Pharmaceuticals International Holdings' });
    const caseId = createdCaseId(replies);
    expect(caseId).toMatch(CASE_ID_PATTERN);
    expect(textOf(replies)).toContain(en.desk.case.saved(caseId));
    expect(textOf(replies)).toContain(en.desk.paths['contact-partner']);
    expect(textOf(replies)).not.toContain(en.paths['contact-partner']);
    const summary = replies.find((reply) => !reply.attachments?.length && reply.text?.includes(en.ui.summary.heading));
    expect(summary?.text?.startsWith('```\n')).toBe(true);
    for (const line of (summary?.text ?? '').split('\n')) expect(line.length, line).toBeLessThanOrEqual(TICKET_TEXT_WIDTH);
    expect(summary?.text).toContain('Sam Support');

    const list = await chat.say('my cases');
    expect(textOf(list).split(en.desk.list.title)).toHaveLength(2);
    expect(cardsOf(list).flatMap(submitActions).map((action) => action.data?.['caseId'])).toEqual([caseId]);
  });

  it('the reader\'s time zone from the channel writes the dates of the card and of the text alike', async () => {
    const chat = new Chat({ userId: 'agent-1' });
    const form = await chat.send({ type: 'message', value: { action: 'menu', choice: 'triage' }, localTimezone: 'Asia/Tokyo' });
    const planned = await chat.send({ type: 'message', value: buttonData(form, en.desk.form.saveButton, { currentPlan: 'o365-enterprise-e3' }), localTimezone: 'Asia/Tokyo' });
    const saved = await chat.send({ type: 'message', value: buttonData(planned, en.desk.form.saveButton, { currentPlan: 'o365-enterprise-e3', purchaseChannel: 'partner' }), localTimezone: 'Asia/Tokyo' });
    // Created, last change and the history line: three times on the card, three in the ticket text.
    const card = JSON.stringify(cardsOf(saved));
    const ticketText = saved.find((reply) => reply.text?.includes(en.ui.summary.heading))?.text ?? '';
    expect(card.match(/GMT\+9/g)).toHaveLength(3);
    expect(ticketText.match(/GMT\+9/g)).toHaveLength(3);
    expect(card + ticketText).not.toContain('UTC');
  });

  it('find a case by ticket, customer or tenant; status changes and new facts are recorded with what changed', async () => {
    const chat = new Chat({ userId: 'agent-1', userName: 'Sam Support' });
    const caseId = createdCaseId(await triage(chat, { currentPlan: 'o365-enterprise-e3', purchaseChannel: 'direct-card', ticket: '48213', tenant: 'contoso.com', customer: 'Contoso' }));
    expect(textOf(await chat.say('find 48213'))).toContain(en.desk.case.title(caseId));
    expect(textOf(await chat.say('cerca contoso.com'))).toContain(en.desk.case.title(caseId));
    expect(textOf(await chat.say('find northwind'))).toContain(en.desk.list.noMatch('northwind'));

    const waiting = await chat.click({ action: 'case', command: 'status', caseId, status: 'waiting-for-customer' });
    expect(textOf(waiting)).toContain(en.desk.case.statusChanged(caseId, 'waiting-for-customer'));

    const changed = await chat.say(`add to ${caseId.toLowerCase()}: it is a trial`);
    expect(textOf(changed)).toContain(en.desk.case.changedTitle(caseId));
    expect(textOf(changed)).toContain(en.reasons['trial-subscription'].title);
    const stored = await chat.caseStore.get(caseId);
    expect(stored?.history.map((event) => event.change.kind)).toEqual(['created', 'status', 'facts']);
    expect(stored?.agentId).toBe('test:agent-1');
    expect(stored?.history.every((event) => event.by.id === 'test:agent-1')).toBe(true);

    // The Add facts button: the form again, for this case, filled with what it knows.
    const form = await chat.click({ action: 'case', command: 'add-facts', caseId });
    expect(textOf(form)).toContain(en.desk.form.updateTitle(caseId));
    const updated = await chat.click(buttonData(form, en.desk.form.updateButton, { currentPlan: 'o365-enterprise-e3', purchaseChannel: 'partner', trial: 'true' }));
    expect(textOf(updated)).toContain(en.desk.case.pathChanged(en.desk.pathShort['resolve-then-upgrade-tab'], en.desk.pathShort['contact-partner']));
  });

  it('a case opens only for its agent or a support lead; to anyone else it does not exist, not even by search', async () => {
    const author = new Chat({ userId: 'agent-1' });
    const caseId = createdCaseId(await triage(author, { currentPlan: 'o365-enterprise-e3', purchaseChannel: 'partner', ticket: '777' }));

    const stranger = author.restarted({ userId: 'agent-2', conversationId: 'conversation-2' });
    expect(textOf(await stranger.say(`case ${caseId}`))).toContain(en.desk.case.notFound(caseId));
    expect(textOf(await stranger.say('find 777'))).toContain(en.desk.list.noMatch('777'));
    expect(textOf(await stranger.click({ action: 'case', command: 'status', caseId, status: 'resolved' }))).toContain(en.desk.case.notFound(caseId));
    expect(textOf(await stranger.say('blockers this week'))).toContain(en.desk.lead.onlyLeads);
    expect((await author.caseStore.get(caseId))?.status).toBe('open');

    // The same user id on another channel (one that may send no token) is someone else.
    const impostor = author.restarted({ channelId: 'webchat', conversationId: 'conversation-4' });
    expect(textOf(await impostor.say(`case ${caseId}`))).toContain(en.desk.case.notFound(caseId));
    expect(textOf(await impostor.say('find 777'))).toContain(en.desk.list.noMatch('777'));

    // Leads are listed as <channel id>:<user id>; the bare user id is no lead.
    const bareLead = author.restarted({ userId: 'lead-1', conversationId: 'conversation-5', supportAgentIds: ['lead-1'] });
    expect(textOf(await bareLead.say('blockers this week'))).toContain(en.desk.lead.onlyLeads);
    const lead = author.restarted({ userId: 'lead-1', conversationId: 'conversation-3', supportAgentIds: ['test:lead-1'] });
    expect(textOf(await lead.say('find 777'))).toContain(en.reasons['purchased-through-partner'].title);
    expect(textOf(await lead.say('blockers this week'))).toContain(en.reasons['purchased-through-partner'].title);
  });

  it('in Italian, the form, the case and its summary are in Italian', async () => {
    const it = messagesFor('it');
    const chat = new Chat({ userId: 'agent-it', locale: 'it-IT' });
    await chat.say('nuovo caso');
    const filled = await chat.say('Cliente su E4, acquistato con contratto multilicenza, richiesta n. 5521');
    const replies = await chat.click(buttonData(filled, it.desk.form.saveButton, { currentPlan: 'o365-enterprise-e4', purchaseChannel: 'volume-licensing', ticket: '5521' }));
    const caseId = createdCaseId(replies);
    expect(textOf(replies)).toContain(it.desk.case.saved(caseId));
    expect(textOf(replies)).toContain(it.reasons['purchased-through-volume-licensing'].title);
    expect(textOf(replies)).toContain(it.ui.summary.heading);
  });
});

describe('a new case id', () => {
  const stored = openCase({ id: 'UA-AAAAAA', by: { id: 'msteams:agent-1', name: 'Ada' }, at: '2026-11-30T10:00:00.000Z', facts: { currentPlan: 'o365-enterprise-e3' }, details: {} });

  it('is drawn again when a stored case has it, so no case is ever replaced by a new one', async () => {
    const cases = new MemoryCaseStore();
    await cases.save(stored);
    const draws = ['UA-AAAAAA', 'UA-AAAAAA', 'UA-BBBBBB'];
    const desk = new CaseDesk(cases, [], {}, () => draws.shift() ?? 'UA-CCCCCC');
    expect(await desk.freeCaseId()).toBe('UA-BBBBBB');
    expect(await cases.get('UA-AAAAAA')).toEqual(stored);
  });

  it('is refused, not reused, when the id source keeps giving taken ids', async () => {
    const cases = new MemoryCaseStore();
    await cases.save(stored);
    const desk = new CaseDesk(cases, [], {}, () => 'UA-AAAAAA');
    await expect(desk.freeCaseId()).rejects.toThrow(/No free case id/);
  });
});
