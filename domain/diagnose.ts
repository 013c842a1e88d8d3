import { applicableWarnings } from './applicable-warnings.js';
import type { Diagnosis, Reason } from './diagnosis.js';
import { isAutomaticPath, pathForRank, rankOfKind, rankOfKinds } from './path-precedence.js';
import { getPlan } from './plans.js';
import { REASON_CATALOG, type ReasonReach, type ReasonScope } from './reasons.js';
import { FACT_KEYS, TenantFactsSchema, type FactKey, type TenantFacts } from './tenant-facts.js';
import type { UndecidedId } from './undecided.js';
import { targetBlockedForTenant, targetRuleOf, upgradeTargets } from './upgrade-targets.js';

const WAIT_OR_FIX_RANK = rankOfKind('fix');
const MANUAL_RANK = rankOfKind('manual');

/**
 * Which path the change takes and why, from whatever is known so far.
 *
 * Unknown facts are asked only while they matter: a fact is listed when some answer to it could
 * move the path to a stronger one (contact > manual > wait/fix > automatic), or, on the
 * resolve-first path, add another blocker the admin must clear; and the billing account, when a
 * reason only MOSA accounts have was found. Once no answer could change the path the diagnosis is
 * `decided` and nothing more is asked.
 */
export function diagnose(input: TenantFacts): Diagnosis {
  return diagnoseTyped(TenantFactsSchema.parse(input));
}

/**
 * `diagnose` for facts the domain already holds as typed data (the intake asks it on every
 * question): no second check of what the edge checked.
 */
export function diagnoseTyped(facts: TenantFacts): Diagnosis {
  const onMca = facts.billingAccountType === 'mca';
  const reasons: (Reason & { reach: ReasonReach; scope: ReasonScope })[] = [];
  const open: { rank: number; facts: FactKey[] }[] = [];
  for (const entry of REASON_CATALOG) {
    // MSD-2024 documents these for MOSA accounts only: on MCA they are not asserted. The MCA-only
    // ones are neither asserted nor asked until the account is known to be MCA.
    if (entry.scope === 'history') continue;
    if (entry.scope === 'mosa' && onMca) continue;
    // Until the admin names the account, MOSA is assumed (as below): an answer of MCA reopens these.
    if (entry.scope === 'mca' && !onMca) continue;
    const verdict = entry.test(facts);
    if (verdict === true) {
      const sources = [...(entry.citeFor?.(facts) ?? entry.sources)];
      const [source] = sources;
      if (source === undefined) throw new Error(`Reason ${entry.id} has no source`);
      const services = entry.servicesFor?.(facts);
      reasons.push({
        id: entry.id,
        kind: entry.kind,
        source,
        sources,
        ...(services === undefined || services.length === 0 ? {} : { services: [...services] }),
        reach: entry.reach,
        scope: entry.scope,
      });
    } else if (verdict !== false) {
      open.push({ rank: rankOfKind(entry.kind), facts: [...verdict] });
    }
  }

  const rank = rankOfKinds(reasons.map((reason) => reason.kind));
  const path = pathForRank(rank);
  // Until the admin names the account, MOSA is assumed (the common case, MSD-2024's list); a reason
  // found that only MOSA has could be lifted by "MCA", so the account is asked first then.
  const accountCouldLift = facts.billingAccountType === undefined && reasons.some((reason) => reason.scope === 'mosa');
  const decided = open.every((rule) => rule.rank <= rank) && !accountCouldLift;
  const strengthening = open.every((rule) => rule.rank <= rank) ? [] : rankUnknownFacts(open, rank);
  const unknownFacts: FactKey[] = accountCouldLift
    ? ['billingAccountType', ...strengthening.filter((fact) => fact !== 'billingAccountType')]
    : strengthening;
  // Only a reason about the whole subscription closes every target; one about the wanted plan leaves the others.
  const closedForAll = reasons.some((reason) => reason.reach === 'subscription' && rankOfKind(reason.kind) >= MANUAL_RANK);
  const targets = closedForAll || path === 'contact-partner'
    ? []
    : upgradeTargets(facts.currentPlan).filter((target) => !targetBlockedForTenant(facts, target));

  return {
    path,
    reasons: reasons.map(({ reach: _reach, scope: _scope, ...reason }) => reason),
    targets,
    warnings: applicableWarnings(path, facts),
    unknownFacts,
    decided,
    undecided: undecidedFor(facts, isAutomaticPath(path) || targets.length > 0),
  };
}

function undecidedFor(facts: TenantFacts, offersTargets: boolean): UndecidedId[] {
  const found: UndecidedId[] = [];
  if (facts.billingAccountType === 'mca') found.push('mca-blockers-undocumented');
  if (facts.purchaseChannel === 'prepaid-key') found.push('prepaid-plan-undocumented');
  const plan = getPlan(facts.currentPlan);
  const wantedPlan = facts.targetPlan === undefined ? undefined : getPlan(facts.targetPlan);
  if (plan.targetsUndecided !== undefined || wantedPlan?.targetsUndecided !== undefined) found.push('plan-targets-undocumented');
  if (plan.family === 'education') found.push('education-plans-undocumented');
  else if (offersTargets && plan.status === 'retired' && targetRuleOf(plan.id) === 'table-2013') found.push('retired-plan-targets-2013');
  return found;
}

/** Most decisive first: by the strongest path a fact could lead to, then by FACT_KEYS order. */
function rankUnknownFacts(open: readonly { rank: number; facts: FactKey[] }[], currentRank: number): FactKey[] {
  const strongest = new Map<FactKey, number>();
  for (const rule of open) {
    const matters = rule.rank > currentRank || (rule.rank === currentRank && currentRank === WAIT_OR_FIX_RANK);
    if (!matters) continue;
    for (const fact of rule.facts) strongest.set(fact, Math.max(strongest.get(fact) ?? 0, rule.rank));
  }
  return [...strongest.keys()].sort(
    (a, b) => (strongest.get(b) ?? 0) - (strongest.get(a) ?? 0) || FACT_KEYS.indexOf(a) - FACT_KEYS.indexOf(b),
  );
}
