import type { CharterConfig, ConfigBody, Fraction } from '../generated/charter-config.ts';
import type { DrawnVote } from './draw-votes.ts';
import { convictionGrowth } from './mechanisms/conviction-growth.ts';
import { convictionThreshold } from './mechanisms/conviction-threshold.ts';
import type { DecisionResult } from './run-decision.ts';
import type { GeneratedElectorate } from './scenario/generate-electorate.ts';

const D = 10_000_000n;
/** Past this many blocks a request that has not passed is taken as never passing (about 2^40 blocks). */
const horizon = 2 ** 40;

type Pool = { decision: string; cvParams: { decay: string; maxRatio: string; weight: string } };

/**
 * A funding request decided by conviction, with the pool's exact CVParams from the config's Gardens target (decay,
 * maxRatio and weight in 10^7) and 1Hive's threshold floor of `minThresholdStake` of supply: every holder drawn
 * For stakes their whole balance at block 0 and nobody else stakes, so the threshold counts only this stake. The
 * request passes at the first block where {@link convictionGrowth} from 0 is strictly above
 * {@link convictionThreshold}; the duration is that many blocks times the chain's block time (seconds). It fails when
 * its full conviction S / (1 − a) never gets there (or r/R ≥ β). Returns undefined when the config has no Gardens
 * parameters for the node (the caller then decides it generically).
 *
 * @param requested - base units of the pool's asset.
 * @param funds - the pool's balance, same unit.
 */
export function runConviction(
  config: CharterConfig,
  body: ConfigBody,
  electorate: GeneratedElectorate,
  votes: readonly DrawnVote[],
  requested: bigint,
  funds: bigint,
): DecisionResult | undefined {
  const pools = (config.targets.gardens?.parameters as { pools?: Pool[] } | undefined)?.pools ?? [];
  const pool = pools.find((candidate) => candidate.decision === body.id);
  if (pool === undefined) return undefined;
  const decay = BigInt(pool.cvParams.decay);
  const floor = (body.rule as { minThresholdStake?: Fraction }).minThresholdStake;
  let staked = 0n;
  for (const vote of votes) if (vote.support === 'for') staked += electorate.holders[vote.holder]!.balance;
  const threshold = convictionThreshold({
    requested,
    funds,
    totalStaked: staked,
    supply: electorate.supply,
    decay,
    maxRatio: BigInt(pool.cvParams.maxRatio),
    weight: BigInt(pool.cvParams.weight),
    minThresholdStakePercentage:
      floor === undefined ? 0n : (BigInt(floor.numerator) * 10n ** 18n) / BigInt(floor.denominator),
  });
  const tally = {
    for: String(staked),
    against: '0',
    abstain: '0',
    voters: votes.filter((v) => v.support === 'for').length,
  };
  const numbers = (blocks: number | null, met: boolean): DecisionResult => ({
    branch: met ? 'decided' : 'failed',
    duration: met && blocks !== null ? blocks * config.chain.blockTime : 0,
    tally,
    threshold: {
      rule: 'conviction > threshold',
      needed: threshold === undefined ? 'never' : String(threshold),
      counted:
        blocks === null
          ? String((staked * D) / (D - decay))
          : String(convictionGrowth(blocks, 0n, staked, decay)),
      met,
    },
  });
  if (threshold === undefined || (staked * D) / (D - decay) <= threshold) return numbers(null, false);
  const passes = (blocks: number) => convictionGrowth(blocks, 0n, staked, decay) > threshold;
  let high = 1;
  while (!passes(high)) {
    if (high >= horizon) return numbers(null, false);
    high *= 2;
  }
  let low = Math.floor(high / 2);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (passes(middle)) high = middle;
    else low = middle;
  }
  return numbers(high, true);
}
