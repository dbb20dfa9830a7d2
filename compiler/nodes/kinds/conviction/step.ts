import type { Fraction } from '../../../generated/charter-config.ts';
import { convictionGrowth } from '../../../simulate/mechanisms/conviction-growth.ts';
import { convictionThreshold } from '../../../simulate/mechanisms/conviction-threshold.ts';
import { decidedFailed } from '../../ports.ts';
import type { DecisionOutcome, SimulationStep } from '../../simulation-step.ts';

const D = 10_000_000n;
/** Past this many blocks a proposal that has not passed is taken as never passing (about 2^40 blocks). */
const horizon = 2 ** 40;

type Pool = { decision: string; cvParams: { decay: string; maxRatio: string; weight: string } };

/**
 * Conviction voting with the pool's exact CVParams from the config's Gardens target (decay, maxRatio and weight in
 * 10^7) and 1Hive's threshold floor of `minThresholdStake` of supply: every holder drawn For stakes their whole
 * balance at block 0 and nobody else stakes, so the threshold counts only this stake.
 *
 * - funding: the proposal's amount is the request and the scenario's funds (default: the stake token's supply) the
 *   pool; it is decided at the first block where {@link convictionGrowth} from 0 is strictly above
 *   {@link convictionThreshold}, and fails when its full conviction S / (1 − a) never gets there (or r/R ≥ β).
 * - signaling: nothing is paid, so the bar is the threshold of a request for nothing, the minimum conviction (ρ of
 *   the full conviction of the effective stake): decided once conviction crosses it.
 *
 * The duration is that many blocks times the chain's block time (seconds); 0 when it fails. Nobody staking never
 * decides. Without Gardens parameters for the node in the config the step cannot run and says so.
 */
export const convictionStep: SimulationStep = {
  role: 'decision',
  exits: decidedFailed,
  decide({ config, body, electorate, votes, proposal, scenario }): DecisionOutcome {
    const pools = (config.targets.gardens?.parameters as { pools?: Pool[] } | undefined)?.pools ?? [];
    const pool = pools.find((candidate) => candidate.decision === body.id);
    if (pool === undefined)
      return {
        unsupported:
          'the config has no Gardens pool for this conviction vote (the gardens target refused it), so its conviction parameters are unknown',
      };
    const funding = body.rule.proposalKind !== 'signaling';
    const requested = funding ? BigInt(proposal.amount ?? '0') : 0n;
    const funds = BigInt(scenario.funds ?? electorate.supply);
    const decay = BigInt(pool.cvParams.decay);
    const floor = body.rule.minThresholdStake as Fraction | undefined;
    let staked = 0n;
    let stakers = 0;
    for (const vote of votes)
      if (vote.support === 'for') {
        staked += electorate.holders[vote.holder]!.balance;
        stakers++;
      }
    const threshold = convictionThreshold({
      requested,
      // A signal asks for nothing: any pool that is not empty gives it the same threshold.
      funds: funding ? funds : 1n,
      totalStaked: staked,
      supply: electorate.supply,
      decay,
      maxRatio: BigInt(pool.cvParams.maxRatio),
      weight: BigInt(pool.cvParams.weight),
      minThresholdStakePercentage:
        floor === undefined ? 0n : (BigInt(floor.numerator) * 10n ** 18n) / BigInt(floor.denominator),
    });
    const tally = { for: String(staked), against: '0', abstain: '0', voters: stakers };
    const numbers = (blocks: number | null, met: boolean): DecisionOutcome => ({
      exit: met ? 'decided' : 'failed',
      duration: met && blocks !== null ? blocks * config.chain.blockTime : 0,
      tally,
      threshold: {
        rule: funding ? 'conviction > threshold' : 'conviction > minimum conviction',
        needed: threshold === undefined ? 'never' : String(threshold),
        counted:
          blocks === null
            ? String((staked * D) / (D - decay))
            : String(convictionGrowth(blocks, 0n, staked, decay)),
        met,
      },
    });
    if (staked === 0n || threshold === undefined || (staked * D) / (D - decay) <= threshold)
      return numbers(null, false);
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
  },
};
