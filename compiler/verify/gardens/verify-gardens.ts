import type { CharterConfig } from '../../generated/charter-config.ts';
import type { DrawnVotesEvent } from '../../simulate/run-proposal.ts';
import { mulberry32 } from '../../simulate/scenario/mulberry32.ts';
import type { Scenario } from '../../simulate/scenario/scenario.ts';
import { simulate } from '../../simulate/simulate.ts';
import { stageReaching } from '../stage-reaching.ts';
import type { ScenarioVerdict, TargetVerification, UnitVerification } from '../target-verification.ts';
import { type PoolParameters, replayPool } from './replay-pool.ts';

/** Options of {@link verifyGardens}. */
export interface VerifyGardensOptions {
  /** Sample proposals replayed per pool. @default 20 */
  scenarios?: number;
  /** Seed of the simulator's PRNG (the requests are drawn from seed + 1). @default 1 */
  seed?: number;
  /** Who stakes and how; its proposals are replaced by `scenarios` proposals of the pool's type. */
  scenario?: Omit<Scenario, 'seed' | 'proposals'>;
  /** The simulator whose traces are checked; tests replace it to see a disagreement reported. @default simulate */
  simulate?: typeof simulate;
}

type Pool = PoolParameters & { decision: string; blockTime: number; proposalType: 0 | 1 };

/**
 * Checks every Gardens pool of a compiled config against the pool contract's own arithmetic: for each pool, the
 * simulator runs `scenarios` sample proposals (funding requests drawn up to 1.25 × maxRatio of the pool, so that some
 * are over the spending limit), and each is replayed on {@link replayPool}, a port of the CVStrategy pool's state
 * (stake at block 0, conviction brought up to date when the contract does, distribute's checks): the stake, the
 * threshold, whether it passes and at which block are compared, and the first field that differs is named.
 */
export function verifyGardens(config: CharterConfig, options: VerifyGardensOptions = {}): TargetVerification {
  const pools = (config.targets.gardens?.parameters as { pools?: Pool[] } | undefined)?.pools ?? [];
  if (pools.length === 0)
    return { target: 'gardens', units: [], notVerifiable: 'the document deploys no Gardens pool' };
  return { target: 'gardens', units: pools.map((pool) => verifyPool(config, pool, options)) };
}

function verifyPool(config: CharterConfig, pool: Pool, options: VerifyGardensOptions): UnitVerification {
  const seed = options.seed ?? 1;
  const count = options.scenarios ?? 20;
  const run = options.simulate ?? simulate;
  const deployed =
    `CVStrategy pool for ${pool.decision} (${pool.proposalType === 1 ? 'funding' : 'signaling'}): decay ` +
    `${pool.cvParams.decay}, maxRatio ${pool.cvParams.maxRatio}, weight ${pool.cvParams.weight}, minThresholdPoints ` +
    `${pool.cvParams.minThresholdPoints}, one block.number every ${pool.blockTime} s`;
  const route = config.routes.find((candidate) =>
    candidate.steps.some((step) => step.node === pool.decision),
  );
  if (route === undefined) return { unit: pool.decision, deployed, checks: [] };
  const stage = stageReaching(route, pool.decision);
  const draw = mulberry32(seed + 1);
  const base = { ...options.scenario, ...(stage === undefined ? {} : { stage }), seed };
  // The pool's funds: the scenario's, or the stake token's supply, as the simulator takes it.
  let funds = options.scenario?.funds;
  const drawn = new Map<number, DrawnVotesEvent>();
  const first = run(config, { ...base, proposals: [] });
  const electorate = config.bodies.find((body) => body.id === pool.decision)?.electorate;
  funds ??= electorate ? first.electorates[electorate]?.supply : undefined;
  const ceiling = (BigInt(funds ?? '0') * BigInt(pool.cvParams.maxRatio) * 5n) / (4n * 10_000_000n);
  const proposals = Array.from({ length: count }, () => ({
    type: route.proposalType,
    amount: String((ceiling * BigInt(Math.floor(draw() * 1e9))) / 1_000_000_000n),
  }));
  const simulated = run(
    config,
    { ...base, ...(funds === undefined ? {} : { funds }), proposals },
    {
      onVotes: (event) => {
        if (event.node === pool.decision) drawn.set(event.proposal, event);
      },
    },
  );
  const checks: ScenarioVerdict[] = [];
  for (const [index, trace] of simulated.proposals.entries()) {
    const step = trace.steps.find((candidate) => candidate.node === pool.decision);
    const event = drawn.get(index);
    if (step?.threshold === undefined || event === undefined) continue;
    let stake = 0n;
    for (const vote of event.votes)
      if (vote.support === 'for') stake += event.electorate.holders[vote.holder]!.balance;
    const requested = pool.proposalType === 1 ? BigInt(trace.amount) : 0n;
    const real = replayPool(pool, {
      stake,
      requested,
      poolAmount: pool.proposalType === 1 ? BigInt(funds ?? '0') : 0n,
    });
    const simulator = {
      stake: step.tally?.for ?? '0',
      threshold: step.threshold.needed,
      passes: String(step.threshold.met),
      block: step.threshold.met ? String((step.until - step.at) / pool.blockTime) : 'never',
    };
    const contract = {
      stake: String(stake),
      threshold: real.threshold,
      passes: String(real.block !== null),
      block: real.block === null ? 'never' : String(real.block),
    };
    const field = (['stake', 'threshold', 'passes', 'block'] as const).find(
      (name) => simulator[name] !== contract[name],
    );
    checks.push({
      scenario: index + 1,
      ...(field === undefined
        ? {}
        : { mismatch: { field, simulator: simulator[field], real: contract[field] } }),
      summary:
        real.block === null
          ? `${stake} staked on a request of ${requested}: ${real.why}`
          : `${stake} staked on a request of ${requested}: ${real.why} at block ${real.block}` +
            (real.block > 0 ? `, not at ${real.block - 1}` : ''),
    });
  }
  return { unit: pool.decision, deployed, checks };
}
