import { isqrt } from './isqrt.ts';
import { parsePercent } from './parse-percent.ts';
import type { Ratio } from './ratio.ts';

/** One contribution to a project, in base units of the contributed token. */
export interface QuadraticFundingContribution {
  project: string;
  contributor: string;
  amount: bigint;
}

/** Parameters of {@link quadraticFunding}. Amounts are in base units of the pool's token. */
export interface QuadraticFundingParameters {
  /** The matching pool. */
  pool: bigint;
  /** The most one project may receive: a share of the pool (decimal percent text) or an amount. */
  cap?: { percent: string } | { amount: bigint } | null;
  contributions: readonly QuadraticFundingContribution[];
  /** Contributions below this are ignored before anything is added up (Gitcoin's `minimumAmount`). @default 0n */
  minContribution?: bigint;
  /** Always spend the whole pool, even when the ideal matches add up to less (Gitcoin's `ignoreSaturation`).
   * @default false */
  ignoreSaturation?: boolean;
}

/** What {@link quadraticFunding} returns. Amounts are in base units. */
export interface QuadraticFundingReturnType {
  /** Each project's match, keyed by project, in order of first contribution. Adds up to at most `pool`. */
  matches: Record<string, bigint>;
  /** Each project's ideal match (Σ⌊√c⌋)² − Σc, before the pool and the cap. */
  ideal: Record<string, bigint>;
  /** Whether the ideal matches add up to at least the pool, so the pool is what limits them. */
  saturated: boolean;
  /** Σ matches: the pool, less rounding dust (under one base unit per project) and any part left unspent. */
  distributed: bigint;
}

/**
 * Gitcoin's linear quadratic funding (grants-stack `linearQF.md`, implemented in `pluralistic.js`), in integer
 * base units.
 *
 * 1. Contributions at or above `minContribution` are added up per project and contributor.
 * 2. A project's ideal match is max(0, (Σ ⌊√c⌋)² − Σ c) over its contributors' totals c: the square root is the
 *    integer one, as pluralistic.js takes it, and one contributor alone earns nothing.
 * 3. Saturation: when the ideal matches add up to at least the pool, they are scaled down to share the pool;
 *    otherwise each project gets its ideal match and the rest of the pool stays unspent (`ignoreSaturation`
 *    scales them up to the whole pool instead).
 * 4. Cap: no project gets more than the cap; what capping frees is shared among the others in proportion to
 *    their matches, again and again until no project is over. This is computed exactly, as its fixed point:
 *    match = min(cap, λ · ideal) for the largest λ (at most 1 unless `ignoreSaturation`) with Σ match ≤ pool.
 * 5. Each match is rounded down to a base unit, so the matches never add up to more than the pool.
 *
 * The result does not depend on the order of contributions.
 */
export function quadraticFunding(parameters: QuadraticFundingParameters): QuadraticFundingReturnType {
  const { pool, contributions } = parameters;
  const minimum = parameters.minContribution ?? 0n;
  const byProject = new Map<string, Map<string, bigint>>();
  for (let i = 0; i < contributions.length; i++) {
    const { project, contributor, amount } = contributions[i]!;
    let byContributor = byProject.get(project);
    if (byContributor === undefined) {
      byContributor = new Map();
      byProject.set(project, byContributor);
    }
    if (amount < minimum) continue;
    byContributor.set(contributor, (byContributor.get(contributor) ?? 0n) + amount);
  }

  const projects = [...byProject.keys()];
  const ideals = projects.map((project) => {
    let roots = 0n;
    let sum = 0n;
    for (const total of byProject.get(project)!.values()) {
      roots += isqrt(total);
      sum += total;
    }
    const ideal = roots * roots - sum;
    return ideal > 0n ? ideal : 0n;
  });
  let idealSum = 0n;
  for (const ideal of ideals) idealSum += ideal;

  const cap: Ratio | undefined = !parameters.cap
    ? undefined
    : 'percent' in parameters.cap
      ? (({ num, den }) => ({ num: pool * num, den }))(parsePercent(parameters.cap.percent))
      : { num: parameters.cap.amount, den: 1n };
  const matches = share(ideals, pool, cap, parameters.ignoreSaturation ?? false);

  let distributed = 0n;
  for (const match of matches) distributed += match;
  return {
    matches: Object.fromEntries(projects.map((project, i) => [project, matches[i]!])),
    ideal: Object.fromEntries(projects.map((project, i) => [project, ideals[i]!])),
    saturated: idealSum >= pool,
    distributed,
  };
}

/** min(cap, λ · ideal) rounded down, for the largest admissible λ: the water level of the capped split. */
function share(
  ideals: readonly bigint[],
  pool: bigint,
  cap: Ratio | undefined,
  ignoreSaturation: boolean,
): bigint[] {
  const capped = new Uint8Array(ideals.length);
  let cappedCount = 0n;
  let level: Ratio = { num: 0n, den: 1n };
  for (;;) {
    let rest = 0n;
    for (let i = 0; i < ideals.length; i++) if (!capped[i]) rest += ideals[i]!;
    // λ = (pool − cappedCount · cap) / rest, never above 1 unless the pool must be spent whole.
    const budget: Ratio =
      cap === undefined
        ? { num: pool, den: 1n }
        : { num: pool * cap.den - cappedCount * cap.num, den: cap.den };
    level = rest === 0n ? { num: 1n, den: 1n } : { num: budget.num, den: budget.den * rest };
    if (!ignoreSaturation && level.num > level.den) level = { num: 1n, den: 1n };
    if (cap === undefined) break;
    let newlyCapped = false;
    for (let i = 0; i < ideals.length; i++) {
      // λ · ideal > cap, cross-multiplied.
      if (!capped[i] && level.num * ideals[i]! * cap.den > cap.num * level.den) {
        capped[i] = 1;
        cappedCount++;
        newlyCapped = true;
      }
    }
    if (!newlyCapped) break;
  }
  return ideals.map((ideal, i) => (capped[i] ? cap!.num / cap!.den : (ideal * level.num) / level.den));
}
