import { convictionGardens } from '../../../simulate/mechanisms/conviction-gardens.ts';
import { decidedFailed } from '../../ports.ts';
import type { DecisionOutcome, SimulationStep } from '../../simulation-step.ts';

/** Past this many blocks a proposal that has not passed is taken as never passing (about 2^40 blocks). */
const horizon = 2 ** 40;

/** The part of a Gardens pool in the config's `gardens` target that the step reads. */
type Pool = {
  decision: string;
  /** Seconds per `block.number` tick the pool's decay counts (12 on Arbitrum, the chain's block time elsewhere). */
  blockTime: number;
  cvParams: { decay: string; maxRatio: string; weight: string; minThresholdPoints: string };
};

/**
 * Conviction voting as the Gardens v2 pool the config's gardens target emits for this node runs it, with that
 * pool's CVParams and the contract's own arithmetic ({@link convictionGardens}, a port of ConvictionsUtils.sol).
 * Every holder drawn For activates their points in the pool and stakes their whole balance on the proposal at block
 * 0; nobody else activates, so the pool's totalPointsActivated is this stake.
 *
 * - funding: the proposal's amount is the request and the scenario's funds (default: the stake token's supply) the
 *   pool. It is decided at the first block where `distribute` would not revert: conviction
 *   calculateConviction(blocks, 0, stake) strictly above calculateThreshold (which never falls below the full
 *   conviction of minThresholdPoints). It fails when it never gets there: a request over maxRatio of the pool or over
 *   the pool itself, or a full conviction at or under the threshold. A request for nothing is decided at once, as
 *   `distribute` checks the threshold only when something is asked (CVAllocationFacet.sol).
 * - signaling: Gardens pays nothing (distribute refuses signaling pools); the bar shown is the contract's threshold
 *   of a request for nothing from an empty pool, weight / maxRatio² of the full conviction, or the floor.
 *
 * The duration is that many blocks times the pool's block time (seconds); 0 when it fails. Nobody staking never
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
    const funds = funding ? BigInt(scenario.funds ?? electorate.supply) : 0n;
    const decay = BigInt(pool.cvParams.decay);
    let staked = 0n;
    let stakers = 0;
    for (const vote of votes)
      if (vote.support === 'for') {
        staked += electorate.holders[vote.holder]!.balance;
        stakers++;
      }
    const computed = convictionGardens.calculateThreshold({
      requestedAmount: requested,
      poolAmount: funds,
      totalPointsActivated: staked,
      decay,
      weight: BigInt(pool.cvParams.weight),
      maxRatio: BigInt(pool.cvParams.maxRatio),
      minThresholdPoints: BigInt(pool.cvParams.minThresholdPoints),
    });
    const payable = !funding || (requested <= funds && (funds > 0n || requested === 0n));
    const threshold = !payable || computed === convictionGardens.maxUint256 ? undefined : computed;
    const conviction = (blocks: number) =>
      convictionGardens.calculateConviction(BigInt(blocks), 0n, staked, decay) ?? 0n;
    const full = convictionGardens.getMaxConviction(staked, decay) ?? 0n;
    const tally = { for: String(staked), against: '0', abstain: '0', voters: stakers };
    const numbers = (blocks: number | null, met: boolean): DecisionOutcome => ({
      exit: met ? 'decided' : 'failed',
      duration: met && blocks !== null ? blocks * pool.blockTime : 0,
      tally,
      threshold: {
        rule: funding ? 'conviction > threshold' : 'conviction > minimum conviction',
        needed: threshold === undefined ? 'never' : String(threshold),
        counted: blocks === null ? String(full) : String(conviction(blocks)),
        met,
      },
    });
    // distribute checks conviction only for a request above 0: a funding proposal for nothing goes through at once.
    if (funding && requested === 0n)
      return {
        exit: 'decided',
        duration: 0,
        tally,
        threshold: { rule: 'a request for nothing is not checked', needed: '0', counted: '0', met: true },
      };
    if (staked === 0n || threshold === undefined || conviction(horizon) <= threshold)
      return numbers(null, false);
    const passes = (blocks: number) => conviction(blocks) > threshold;
    let high = 1;
    while (!passes(high)) high *= 2;
    let low = Math.floor(high / 2);
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (passes(middle)) high = middle;
      else low = middle;
    }
    return numbers(high, true);
  },
};
