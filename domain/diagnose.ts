import { applicableWarnings } from './applicable-warnings.js';
import type { Diagnosis, Reason } from './diagnosis.js';
import { ELIGIBILITY_RULES, blockedByCustomDomain } from './eligibility-rules.js';
import { isAutomaticPath, pathForRank, rankOfKind, rankOfKinds } from './path-precedence.js';
import { REASONS } from './reasons.js';
import { FACT_KEYS, TenantFactsSchema, type FactKey, type TenantFacts } from './tenant-facts.js';
import { upgradeTargets } from './upgrade-targets.js';

const WAIT_OR_FIX_RANK = rankOfKind('fix');

/**
 * Which path the change takes and why, from whatever is known so far.
 *
 * Unknown facts are asked only while they matter: a fact is listed when some answer to it could
 * move the path to a stronger one (contact > manual > wait/fix > Upgrade tab), or, on the
 * resolve-first path, add another blocker the admin must clear. Once no answer could change the
 * path the diagnosis is `decided` and nothing more is asked.
 */
export function diagnose(input: TenantFacts): Diagnosis {
  const facts = TenantFactsSchema.parse(input);
  const reasons: Reason[] = [];
  const open: { rank: number; facts: FactKey[] }[] = [];
  for (const rule of ELIGIBILITY_RULES) {
    const verdict = rule.test(facts);
    const info = REASONS[rule.id];
    if (verdict === true) {
      const [source] = info.sources;
      if (source === undefined) throw new Error(`Reason ${info.id} has no source`);
      reasons.push({ id: info.id, kind: info.kind, source, sources: [...info.sources] });
    } else if (Array.isArray(verdict)) {
      open.push({ rank: rankOfKind(info.kind), facts: verdict });
    }
  }

  const rank = rankOfKinds(reasons.map((reason) => reason.kind));
  const path = pathForRank(rank);
  const decided = open.every((rule) => rule.rank <= rank);
  const unknownFacts = decided ? [] : rankUnknownFacts(open, rank);
  const targets = isAutomaticPath(path)
    ? upgradeTargets(facts.currentPlan).filter((target) => !blockedByCustomDomain(facts, target))
    : [];

  return { path, reasons, targets, warnings: applicableWarnings(path, facts), unknownFacts, decided };
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
