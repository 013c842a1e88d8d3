import { parseLanguageRequest, type Language } from '../i18n/index.js';

/** Things the user can say anywhere, in the middle of any question. */
export type GlobalCommand =
  | { kind: 'help' }
  | { kind: 'cancel' }
  | { kind: 'start-over' }
  | { kind: 'menu' }
  | { kind: 'language'; language: Language }
  | { kind: 'where-was-i' }
  | { kind: 'my-cases' }
  | { kind: 'resume' }
  | { kind: 'sign-out' }
  | { kind: 'open-case'; caseId: string }
  | { kind: 'find-case'; query: string }
  | { kind: 'add-to-case'; caseId: string; text: string }
  | { kind: 'lead-view' }
  | { kind: 'cancel-check-back' };

/** The journeys of the menu card, also reachable by typing. */
export type Journey = 'can-i-upgrade' | 'why-no-upgrade-tab' | 'walkthrough-auto' | 'walkthrough-manual' | 'triage' | 'resume' | 'check-tenant';

/** Lower case, no accents, no punctuation at the ends, single spaces: "Sì!" and "si" read alike. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^\p{Letter}\p{Number}' -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Whole-message phrases only, so "help" inside an answer never hijacks the conversation.
const PHRASES: Record<Exclude<GlobalCommand['kind'], 'language' | 'open-case' | 'find-case' | 'add-to-case'>, readonly string[]> = {
  help: ['help', 'aiuto', '?', 'what can you do', 'cosa sai fare', 'cosa puoi fare', 'guida'],
  cancel: ['cancel', 'stop', 'quit', 'exit', 'annulla', 'basta', 'esci', 'fermati', 'interrompi'],
  'start-over': ['start over', 'restart', 'reset', 'ricomincia', 'ricominciamo', 'da capo', 'ricomincia da capo'],
  menu: ['menu', 'hi', 'hello', 'hey', 'ciao', 'salve', 'buongiorno', 'home'],
  'where-was-i': ['where was i', 'where were we', 'where am i', 'dove ero', 'dove eravamo', 'a che punto sono', 'a che punto eravamo'],
  'my-cases': ['my cases', 'my recent cases', 'cases', 'i miei casi', 'miei casi', 'casi'],
  'lead-view': ['blockers this week', 'lead view', 'desk report', 'ostacoli della settimana', 'riepilogo della settimana', 'report settimanale'],
  'cancel-check-back': [
    'cancel check-back', 'cancel check back', 'cancel the check-back', 'cancel the check back', 'cancel reminder', 'cancel the reminder',
    'annulla promemoria', 'annulla il promemoria', 'annulla la verifica', 'non ricontattarmi',
  ],
  resume: ['resume', 'continue', 'go on', 'resume where i stopped', 'riprendi', 'continua', 'riprendi da dove ero rimasto', 'riprendiamo'],
  'sign-out': ['sign out', 'signout', 'log out', 'logout', 'disconnetti', 'disconnettimi', "esci dall'account"],
};

const CASE_COMMAND = /^(?:case|caso|open case|apri caso)\s+#?([a-z0-9][a-z0-9-]{2,40})$/;
const FIND_COMMAND = /^(?:find|search|look up|find case|cerca|trova|cerca caso|cerca il caso|ticket)\s+(.{2,80})$/;
// Read on the raw text: the facts after the colon keep their punctuation for the facts reader.
const ADD_TO_CASE = /^\s*(?:add to|update|add facts to|aggiungi a|aggiorna)\s+(?:case\s+|caso\s+|il caso\s+)?(ua[\s-]?[0-9a-z]{6})\s*[:,-]?\s*(.+)$/is;

export function recognizeGlobalCommand(text: string | undefined): GlobalCommand | undefined {
  if (!text) return undefined;
  const normalized = normalizeText(text);
  if (!normalized && text.trim() === '?') return { kind: 'help' };
  for (const [kind, phrases] of Object.entries(PHRASES) as [keyof typeof PHRASES, readonly string[]][]) {
    if (phrases.includes(normalized)) return { kind } as GlobalCommand;
  }
  const caseMatch = CASE_COMMAND.exec(normalized);
  if (caseMatch?.[1]) return { kind: 'open-case', caseId: caseMatch[1].toUpperCase() };
  const addMatch = ADD_TO_CASE.exec(text);
  if (addMatch?.[1] && addMatch[2]) return { kind: 'add-to-case', caseId: addMatch[1].toUpperCase().replace(/^UA[\s-]?/, 'UA-'), text: addMatch[2] };
  const findMatch = FIND_COMMAND.exec(normalized);
  if (findMatch?.[1]) return { kind: 'find-case', query: findMatch[1].trim() };
  const language = normalized.split(' ').length <= 3 ? parseLanguageRequest(normalized) : undefined;
  if (language) return { kind: 'language', language };
  return undefined;
}

// Typed requests for a journey, tried only when no question is pending.
const JOURNEY_PATTERNS: readonly [Journey, RegExp][] = [
  ['resume', /\b(resume|continue|riprendi|riprendiamo|continua|continuiamo)\b/],
  ['triage', /\b(triage|triag\w*|new case|nuovo caso|customer case|caso cliente)\b/],
  ['walkthrough-manual', /\b(manual\w*|manuale|manualmente)\b/],
  ['why-no-upgrade-tab', /\b(why|perche)\b.*\b(upgrade|aggiorn\w*|tab|scheda|change|cambiare|cambio)\b|\b(don'?t|do not|can'?t|cannot|non)\b.*\b(see|vedo|trovo)\b/],
  ['walkthrough-auto', /\b(walk ?me ?through|walkthrough|guide me|step by step|guidami|passo passo|procedura guidata)\b/],
  ['can-i-upgrade', /\b(can i|could i|am i able|posso|si puo|e possibile)\b.*\b(upgrade|change|switch|aggiorn\w*|cambi\w*|passare)\b|^(upgrade|aggiorna\w*)$/],
  // Last, so a sentence any earlier journey reads means what it meant before this one existed.
  ['check-tenant', /\b(check|read|scan|controlla|verifica|leggi) (my |our |il mio |il nostro |nel )?tenant\b|\b(sign in|accedi)\b/],
];

export function recognizeJourney(text: string | undefined): Journey | undefined {
  if (!text) return undefined;
  const normalized = normalizeText(text);
  return JOURNEY_PATTERNS.find(([, pattern]) => pattern.test(normalized))?.[0];
}
