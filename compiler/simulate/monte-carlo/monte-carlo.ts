import type { CharterConfig } from '../../generated/charter-config.ts';
import { planRoutes } from '../plan-routes.ts';
import type { GeneratedElectorate } from '../scenario/generate-electorate.ts';
import { generateElectorates } from '../scenario/generate-electorates.ts';
import { mulberry32 } from '../scenario/mulberry32.ts';
import type { Scenario } from '../scenario/scenario.ts';
import { simulate } from '../simulate.ts';
import type { ProposalOutcome } from '../trace.ts';
import { capture, type RouteCapture } from './capture.ts';
import { type ExactCoefficient, gini } from './gini.ts';
import { nakamoto } from './nakamoto.ts';

/**
 * At most this many voters are drawn over a Monte Carlo's runs (runs × the voters of one run): about a minute of work
 * on a slow machine. A scenario with more voters runs fewer times, and the result says so; at least one run is made.
 */
export const voterDrawBudget = 5_000_000;

/** How many voters one run draws: the holders of every electorate generated for it. */
export function votersPerRun(electorates: ReadonlyMap<string, GeneratedElectorate>): number {
  let voters = 0;
  for (const electorate of electorates.values()) voters += electorate.holders.length;
  return voters;
}

/** How many of `runs` fit {@link voterDrawBudget} when each run draws `voters`: all of them, or fewer (at least one). */
export function runsWithinBudget(runs: number, voters: number, budget = voterDrawBudget): number {
  return Math.min(runs, Math.max(1, Math.floor(budget / Math.max(1, voters))));
}

/** Parameters of {@link monteCarlo}. */
export interface MonteCarloParameters {
  /** How many seeded runs. @default 1000 */
  runs?: number;
  /** Called after each run with the number done (of the runs made), for a progress bar. */
  onProgress?: (done: number, runs: number) => void;
  /** Voters drawn over all runs at most. @default voterDrawBudget */
  voterBudget?: number;
}

/** Seconds from proposal to execution over the runs that executed (nearest-rank percentiles); null when none did. */
export interface TimeDistribution {
  min: number;
  median: number;
  p90: number;
  max: number;
}

/** Results for one proposal type, over every sample proposal of that type in every run. */
export interface TypeStatistics {
  proposalType: string;
  /** Sample proposals simulated: runs × proposals of this type in the scenario. */
  trials: number;
  /** Executed or signalled, over trials. */
  passProbability: number;
  outcomes: Partial<Record<ProposalOutcome, number>>;
  /** Why proposals stalled (each distinct reason once, in the order first met); absent when none did. */
  stalled?: string[];
  timeToExecution: TimeDistribution | null;
}

/** Concentration of one electorate (as generated from the scenario's own seed). */
export interface ElectorateStatistics {
  id: string;
  holders: number;
  gini: ExactCoefficient;
  nakamoto: number;
}

/** What {@link monteCarlo} returns. */
export interface MonteCarloReturnType {
  /** The runs made: those asked for, or fewer when they would draw more than {@link voterDrawBudget} voters. */
  runs: number;
  /** The runs asked for, when fewer were made (see `runs`); absent when all were made. */
  requestedRuns?: number;
  /** The voters one run draws (the holders of every electorate). */
  votersPerRun: number;
  /** Seed of the first run; run i uses (seed + i) mod 2^32. */
  seed: number;
  types: TypeStatistics[];
  electorates: ElectorateStatistics[];
  capture: RouteCapture[];
}

function rank(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}

/**
 * Runs {@link simulate} `runs` times, run i with seed (scenario.seed + i) mod 2^32, and gathers per proposal type
 * the pass probability (executed or signalled), the outcomes and the distribution of time to execution. The
 * electorates' Gini and Nakamoto coefficients and the capture analysis ({@link capture}) are computed on the
 * electorates of the first run (the scenario's own seed): with CSV and equal models they are the same in every run.
 * Deterministic for a scenario and a number of runs. When `runs` runs would draw more than {@link voterDrawBudget}
 * voters, only as many as fit are made (`requestedRuns` then says how many were asked for); `onProgress` counts
 * towards the runs made.
 */
export function monteCarlo(
  config: CharterConfig,
  scenario: Scenario,
  { runs: requestedRuns = 1000, onProgress, voterBudget = voterDrawBudget }: MonteCarloParameters = {},
): MonteCarloReturnType {
  const electorates = generateElectorates(config, scenario, mulberry32(scenario.seed));
  const voters = votersPerRun(electorates);
  const runs = runsWithinBudget(requestedRuns, voters, voterBudget);
  const byType = new Map<
    string,
    {
      trials: number;
      passed: number;
      outcomes: Partial<Record<ProposalOutcome, number>>;
      times: number[];
      stalled: Set<string>;
    }
  >();
  for (const proposal of scenario.proposals)
    if (!byType.has(proposal.type))
      byType.set(proposal.type, { trials: 0, passed: 0, outcomes: {}, times: [], stalled: new Set() });
  const plans = planRoutes(config);
  for (let run = 0; run < runs; run++) {
    const result = simulate(config, { ...scenario, seed: (scenario.seed + run) >>> 0 }, { plans });
    for (const trace of result.proposals) {
      const stats = byType.get(trace.type)!;
      stats.trials++;
      stats.outcomes[trace.outcome] = (stats.outcomes[trace.outcome] ?? 0) + 1;
      if (trace.outcome === 'executed' || trace.outcome === 'signalled') stats.passed++;
      if (trace.executableAfter !== null) stats.times.push(trace.executableAfter);
      if (trace.reason !== undefined) stats.stalled.add(trace.reason);
    }
    onProgress?.(run + 1, runs);
  }
  return {
    runs,
    ...(runs < requestedRuns ? { requestedRuns } : {}),
    votersPerRun: voters,
    seed: scenario.seed,
    types: [...byType].map(([proposalType, stats]) => {
      const times = stats.times.sort((a, b) => a - b);
      return {
        proposalType,
        trials: stats.trials,
        passProbability: stats.trials === 0 ? 0 : stats.passed / stats.trials,
        outcomes: stats.outcomes,
        ...(stats.stalled.size > 0 ? { stalled: [...stats.stalled] } : {}),
        timeToExecution:
          times.length === 0
            ? null
            : { min: times[0]!, median: rank(times, 0.5), p90: rank(times, 0.9), max: times.at(-1)! },
      };
    }),
    electorates: [...electorates].map(([id, electorate]) => {
      const balances = electorate.holders.map((holder) => holder.balance);
      return { id, holders: balances.length, gini: gini(balances), nakamoto: nakamoto(balances) };
    }),
    capture: capture(config, electorates, plans),
  };
}
