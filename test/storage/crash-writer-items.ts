/** What the crash writer (crash-writer.ts) writes, shared with the test that checks it after a kill. */
export const BIG_KEY = 'conversation/crash';
/** Big enough that an append takes a while, so a kill often lands in the middle of one. */
export const BIG_PAYLOAD = 'Aggiornamento del piano — '.repeat(40_000);
export const MANY_KEYS = Array.from({ length: 20 }, (_, index) => `conversation/many-${index}`);
/** Deleted (after being written) in every round; must never come back after a restart. */
export const DELETED_KEY = 'conversation/deleted-each-round';
