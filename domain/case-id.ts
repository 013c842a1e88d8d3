/**
 * Case ids support agents read aloud and type: 'UA-' and six characters from an alphabet without
 * 0/O and 1/I. 32 symbols divide 256 evenly, so every symbol is equally likely.
 */
export const CASE_ID_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const CASE_ID_PATTERN = /^UA-[2-9A-HJ-NP-Z]{6}$/;
const CASE_ID_LENGTH = 6;

export function newCaseId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(CASE_ID_LENGTH));
  let id = 'UA-';
  for (const byte of bytes) id += CASE_ID_ALPHABET[byte % CASE_ID_ALPHABET.length];
  return id;
}

/** Accepts what an agent types: any case, spaces, a missing or differently punctuated prefix. */
export function normalizeCaseId(text: string): string | undefined {
  const compact = text.toUpperCase().replace(/[^0-9A-Z]/g, '');
  const body = compact.startsWith('UA') && compact.length === CASE_ID_LENGTH + 2 ? compact.slice(2) : compact;
  const id = `UA-${body}`;
  return CASE_ID_PATTERN.test(id) ? id : undefined;
}
