import { describe, expect, it } from 'vitest';
import { recognizeGlobalCommand, recognizeJourney } from '../../dialogs/commands.js';

describe('commands that work anywhere', () => {
  it.each([
    ['help', { kind: 'help' }],
    ['Aiuto!', { kind: 'help' }],
    ['cancel', { kind: 'cancel' }],
    ['Annulla', { kind: 'cancel' }],
    ['stop', { kind: 'cancel' }],
    ['start over', { kind: 'start-over' }],
    ['Ricomincia', { kind: 'start-over' }],
    ['hi', { kind: 'menu' }],
    ['Ciao', { kind: 'menu' }],
    ['menu', { kind: 'menu' }],
    ['italiano', { kind: 'language', language: 'it' }],
    ['English please', { kind: 'language', language: 'en' }],
    ['where was I?', { kind: 'where-was-i' }],
    ['dove eravamo', { kind: 'where-was-i' }],
    ['my cases', { kind: 'my-cases' }],
    ['i miei casi', { kind: 'my-cases' }],
    ['case UA-7K3F9Q', { kind: 'open-case', caseId: 'UA-7K3F9Q' }],
    ['caso ua-7k3f9q', { kind: 'open-case', caseId: 'UA-7K3F9Q' }],
  ])('"%s" is %o', (text, expected) => {
    expect(recognizeGlobalCommand(text)).toEqual(expected);
  });

  it.each(['we need help with E3', 'no', '350', 'the customer is Italian', '', 'stop the subscription now'])(
    '"%s" is no command: commands are whole messages',
    (text) => {
      expect(recognizeGlobalCommand(text)).toBeUndefined();
    },
  );
});

describe('journeys asked for in words', () => {
  it.each([
    ['Can I upgrade?', 'can-i-upgrade'],
    ['posso aggiornare il piano?', 'can-i-upgrade'],
    ["Why don't I see the Upgrade tab?", 'why-no-upgrade-tab'],
    ['perché non vedo la scheda Aggiornamento?', 'why-no-upgrade-tab'],
    ['Walk me through the upgrade', 'walkthrough-auto'],
    ['guidami passo passo', 'walkthrough-auto'],
    ['manual upgrade steps', 'walkthrough-manual'],
    ['passaggi manuali', 'walkthrough-manual'],
    ['triage a customer case', 'triage'],
    ['nuovo caso', 'triage'],
    ['resume', 'resume'],
    ['riprendi', 'resume'],
  ])('"%s" → %s', (text, journey) => {
    expect(recognizeJourney(text)).toBe(journey);
  });

  it('leaves ordinary sentences alone', () => {
    expect(recognizeJourney('We are on E3 with 350 users')).toBeUndefined();
  });
});
