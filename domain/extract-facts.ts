import { BILLING_ACCOUNT_TYPES, type BillingAccountType } from './base-facts.js';
import { findAddOnMentions } from './find-plan.js';
import { compilePhrases, findPhrases, outside, soleValue, type PhraseHit } from './phrase-match.js';
import { readAdminCenterMessage } from './read-admin-center-message.js';
import { countsIn } from './read-counts.js';
import { normalizeCounts } from './read-numbers.js';
import { plansFrom } from './read-plans.js';
import { readYesNoFacts } from './read-yes-no-facts.js';
import { correctForReading, normalizeForReading } from './reading-text.js';
import { clauseAt, isActor, isAsked, isHedged, isNegated, isQuotedDocument, isSomeoneElses, namesItsOwner, ownStatements } from './reading-scope.js';
import { TenantFactsSchema, type TenantFacts } from './tenant-facts.js';
import { tableOfEveryLanguage } from './vocabulary/index.js';

export { planRoles, type PlanRole } from './read-plans.js';

/** Same rules as a whole record, with the required plan relaxed: a sentence may not name it. */
const StatedFactsSchema = TenantFactsSchema.partial();

const CHANNELS = compilePhrases(tableOfEveryLanguage((v) => v.facts.channels));
const ROLES = compilePhrases(tableOfEveryLanguage((v) => v.facts.roles));
const BILLING_ACCOUNTS = compilePhrases(tableOfEveryLanguage((v) => v.facts.billingAccounts));
const COMMITMENT_TERMS = compilePhrases(tableOfEveryLanguage((v) => v.facts.commitmentTerms));

/** Stated as a fact: not denied, doubted or asked about. */
function asserted<V>(normalized: string, hits: readonly PhraseHit<V>[]): PhraseHit<V>[] {
  return hits.filter((hit) => !isNegated(normalized, hit) && !isHedged(normalized, hit) && !isAsked(normalized, hit));
}

/** One of two accounts, even when only the other is denied: "we haven't moved to MCA yet". */
function billingAccountFrom(normalized: string, taken: readonly PhraseHit<unknown>[]): BillingAccountType | undefined {
  const hits = outside(findPhrases(normalized, BILLING_ACCOUNTS), taken).filter(
    (hit) => !isHedged(normalized, hit) && !isAsked(normalized, hit),
  );
  const affirmed = hits.filter((hit) => !isNegated(normalized, hit));
  if (affirmed.length > 0) return soleValue(affirmed);
  const denied = soleValue(hits);
  const others = BILLING_ACCOUNT_TYPES.filter((type) => type !== denied);
  return denied !== undefined && others.length === 1 ? others[0] : undefined;
}

/**
 * The facts a sentence states clearly, in English or Italian: "We're on E3 with 350 users,
 * bought through a partner". Anything vague, doubted, asked, said of someone else or
 * contradictory is left out for the bot to ask. A message pasted from the admin center states
 * what it implies (see `ADMIN_CENTER_MESSAGES`).
 */
export function extractFacts(text: string): Partial<TenantFacts> {
  const pasted = readAdminCenterMessage(text, 'whole-message');
  if (pasted) return pasted.facts;
  const normalized = ownStatements(normalizeForReading(text));
  const yesNo = readYesNoFacts(normalized);
  // "an unpaid invoice" says the balance is unpaid, not how the plan was bought.
  const free = <V>(hits: readonly PhraseHit<V>[]) => outside(hits, yesNo.hits);
  const roles = free(findPhrases(normalized, ROLES));
  // "the partner holds global admin": a partner holding a role is someone in the tenant, not how it was bought.
  const holdsARole = (hit: PhraseHit<unknown>) =>
    isActor(normalized, hit) && roles.some((role) => clauseAt(normalized, role.start).start === clauseAt(normalized, hit.start).start);
  const purchaseChannel = soleValue(
    asserted(normalized, free(findPhrases(normalized, CHANNELS))).filter((hit) => !isQuotedDocument(normalized, hit) && !holdsARole(hit)),
  );
  const ownRoles = asserted(normalized, roles).filter((hit) => !isSomeoneElses(normalized, hit));
  // "the billing admin is on leave, I'm a user admin": a role the writer says is theirs outweighs one nobody claims.
  const claimed = ownRoles.filter((hit) => namesItsOwner(normalized, hit));
  const adminRole = soleValue(claimed.length > 0 ? claimed : ownRoles);
  const billingAccountType = billingAccountFrom(normalized, yesNo.hits);
  const commitmentTerm = soleValue(asserted(normalized, free(findPhrases(normalized, COMMITMENT_TERMS))));
  // "Business Premium plus E5 Security": an add-on named, and stated, means the subscription has one.
  const addOns = findAddOnMentions(normalized).map(({ addOn, start, end }) => ({ value: addOn.id, start, end }));
  const namesAddOn = asserted(normalized, addOns).length > 0;
  const facts: Partial<TenantFacts> = {
    ...plansFrom(normalized),
    ...countsIn(ownStatements(correctForReading(normalizeCounts(text)))),
    ...(purchaseChannel === undefined ? {} : { purchaseChannel }),
    ...(adminRole === undefined ? {} : { adminRole }),
    ...(billingAccountType === undefined ? {} : { billingAccountType }),
    ...(commitmentTerm === undefined ? {} : { commitmentTerm }),
    ...(namesAddOn ? { hasAddOn: true } : {}),
    ...yesNo.facts,
  };
  return StatedFactsSchema.parse(facts);
}
