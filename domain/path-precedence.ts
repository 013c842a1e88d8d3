import type { UpgradePath } from './paths.js';
import type { ReasonKind } from './reasons.js';

/** Contract precedence: contact > manual > wait/fix > nothing. Higher rank wins. */
const RANK_OF_KIND: Record<ReasonKind, number> = { wait: 1, fix: 1, manual: 2, contact: 3 };
const PATH_OF_RANK: readonly UpgradePath[] = ['upgrade-tab', 'resolve-then-upgrade-tab', 'manual', 'contact-partner'];

export function rankOfKind(kind: ReasonKind): number {
  return RANK_OF_KIND[kind];
}

export function rankOfKinds(kinds: Iterable<ReasonKind>): number {
  let rank = 0;
  for (const kind of kinds) rank = Math.max(rank, RANK_OF_KIND[kind]);
  return rank;
}

export function pathForRank(rank: number): UpgradePath {
  const path = PATH_OF_RANK[rank];
  if (path === undefined) throw new RangeError(`No path for rank ${rank}`);
  return path;
}

/** The path the reasons lead to. */
export function pathFor(kinds: Iterable<ReasonKind>): UpgradePath {
  return pathForRank(rankOfKinds(kinds));
}

export function isAutomaticPath(path: UpgradePath): boolean {
  return path === 'upgrade-tab' || path === 'resolve-then-upgrade-tab';
}
