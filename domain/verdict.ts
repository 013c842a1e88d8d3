import type { BaseFactKey, BaseFacts, PurchaseChannel } from './base-facts.js';

/**
 * What a rule says about possibly incomplete facts: true (applies), false (cannot apply, whatever
 * the unanswered facts say), or the unanswered facts that would settle it. That third answer is
 * what lets `diagnose` ask only questions that matter. `Own` is the yes/no fact the rule's reason
 * declares itself.
 */
export type Verdict<Own extends string = never> = boolean | readonly (BaseFactKey | Own)[];

/** All parts must hold: any false wins, else any unknown part leaves the rule open. */
export function allOf<Own extends string>(...parts: Verdict<Own>[]): Verdict<Own> {
  if (parts.includes(false)) return false;
  const open = parts.flatMap((part) => (typeof part === 'boolean' ? [] : part));
  return open.length > 0 ? [...new Set(open)] : true;
}

/** A yes/no fact: unknown until answered. */
export function yes<Key extends string>(facts: Partial<Record<Key, boolean>>, key: Key): Verdict<Key> {
  const value = facts[key];
  return value === undefined ? [key] : value;
}

export function channelIs(facts: BaseFacts, channel: PurchaseChannel): Verdict {
  return facts.purchaseChannel === undefined ? ['purchaseChannel'] : facts.purchaseChannel === channel;
}

export function usersOver(facts: BaseFacts, limit: number): Verdict {
  return facts.licensedUsers === undefined ? ['licensedUsers'] : facts.licensedUsers > limit;
}

/** A rule about the wanted plan: open until it is named. */
export function wanted(facts: BaseFacts, test: (target: NonNullable<BaseFacts['targetPlan']>) => Verdict): Verdict {
  return facts.targetPlan === undefined ? ['targetPlan'] : test(facts.targetPlan);
}
