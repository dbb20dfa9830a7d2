import type { ProposalTrace, TimeDistribution, TypeStatistics } from '../../../compiler/index.ts';
import type { TurnoutPoint } from './turnout-sweep.ts';

/** One bar of the vote split: a decision's For, Against and Abstain as percent of the votes cast there. */
export interface VoteSplitRow {
  node: string;
  label: string;
  for: number;
  against: number;
  abstain: number;
  voters: number;
  /** Votes cast, in base units (members: their number), decimal text. */
  cast: string;
}

/** a/b in percent with one decimal (0 for an empty b). */
function percent(a: bigint, b: bigint): number {
  return b === 0n ? 0 : Number((a * 1000n) / b) / 10;
}

/** The vote split at each decision the trace passed that counted For, Against and Abstain. */
export function voteSplitRows(trace: ProposalTrace, labelOf: (node: string) => string): VoteSplitRow[] {
  return trace.steps.flatMap((step) => {
    if (step.tally === undefined) return [];
    const { tally } = step;
    const cast = BigInt(tally.for) + BigInt(tally.against) + BigInt(tally.abstain);
    return [
      {
        node: step.node,
        label: labelOf(step.node),
        for: percent(BigInt(tally.for), cast),
        against: percent(BigInt(tally.against), cast),
        abstain: percent(BigInt(tally.abstain), cast),
        voters: tally.voters,
        cast: String(cast),
      },
    ];
  });
}

/** Rows of the pass-probability chart: turnout in percent, then each proposal type's pass probability in percent (one decimal). */
export function turnoutRows(sweep: readonly TurnoutPoint[]): Record<string, number>[] {
  return sweep.map((point) => ({
    turnout: point.turnout,
    ...Object.fromEntries(
      Object.entries(point.pass).map(([type, probability]) => [type, Math.round(probability * 1000) / 10]),
    ),
  }));
}

/** One bar group of the time-to-execution chart: a proposal type's distribution in days (two decimals). */
export interface TimeRow extends Record<keyof TimeDistribution, number> {
  type: string;
}

/** The time to execution of each proposal type that ever executed, in days. */
export function timeRows(types: readonly TypeStatistics[]): TimeRow[] {
  const days = (seconds: number) => Math.round((seconds / 86_400) * 100) / 100;
  return types.flatMap((type) => {
    const time = type.timeToExecution;
    if (time === null) return [];
    return [
      {
        type: type.proposalType,
        min: days(time.min),
        median: days(time.median),
        p90: days(time.p90),
        max: days(time.max),
      },
    ];
  });
}
