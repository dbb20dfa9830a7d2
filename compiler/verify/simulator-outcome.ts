import type { ProposalTrace } from '../simulate/trace.ts';
import type { Clock } from '../units/seconds-to-clock.ts';
import type { ChainOutcome } from './replay-proposal.ts';

/** What {@link simulatorOutcome} gives: the outcome the chain must show, and what cannot be compared, and why. */
export interface SimulatorOutcome {
  outcome: ChainOutcome;
  /**
   * Set when the trace passed another timed step between the vote and the execution (a veto's window, which the
   * OpenZeppelin target reports it cannot hold): the nodes, so that when it could execute is not compared.
   */
  uncomparedTime?: string[];
}

/**
 * What the simulator's trace says the chain must show for one proposal at a Governor path's vote, in the terms of
 * {@link ChainOutcome} (times in seconds from when the proposal reached the vote). Undefined when the proposal never
 * reached the vote (another route, or a branch before it). A proposal the simulator found no proposer for is not
 * proposed.
 *
 * One difference is the contract's, not a disagreement: the simulator's vote ends at its deadline (the last
 * timepoint a vote counts) or at the vote that reached the super quorum, while the Governor can be queued only from
 * the next timepoint (a proposal is Succeeded once `clock() > deadline`), and the replay queues in the next block
 * either way. So the chain's eta is expected one clock unit (one second, or one block time) after the simulator's
 * time to execution.
 *
 * A veto the target holds (`vetoNode`) is the timelock's delay: its window is compared like a timelock's, and a
 * proposal it blocked must be queued and then not executed (cancelled in the delay); through a Safe (a veto of k > 1),
 * cancelled with as many signatures as the veto needed.
 *
 * A grace period (Compound's Timelock under CharterCompoundGovernor) decides nothing here, on either side: the
 * simulator executes a passed proposal as soon as its timelock allows, and the replay executes at the eta, the first
 * second of the grace period; a proposal expires only when nobody executes it for the whole period, which neither
 * models. That expiry is the contract's own (GovernorTimelockCompound.state: Expired from eta + GRACE_PERIOD), proven
 * in test/onchain/compound-governor.test.ts.
 */
export function simulatorOutcome(
  trace: ProposalTrace,
  path: {
    vote: string;
    execute: string;
    timelockNode: string | null;
    vetoNode?: string;
    vetoSafe?: unknown;
  },
  clock: Clock,
): SimulatorOutcome | undefined {
  const nothing = { quorum: 0n, forVotes: 0n, againstVotes: 0n, abstainVotes: 0n, voteEnd: 0 };
  if (trace.outcome === 'not-proposed')
    return {
      outcome: { proposed: false, state: 'none', ...nothing, executableAfter: null, executed: false },
    };
  const step = trace.steps.find((candidate) => candidate.node === path.vote);
  if (step === undefined || step.tally === undefined || step.quorum === undefined) return undefined;
  const passed = step.branch === 'passed';
  const vetoStep = trace.steps.find((other) => other.node === path.vetoNode && other.branch === 'vetoed');
  const vetoed = vetoStep !== undefined;
  const unit = clock.clockMode === 'blocknumber' ? clock.blockTime : 1;
  const executes = passed && trace.outcome === 'executed' && trace.end === path.execute;
  const others = trace.steps
    .filter(
      (other) =>
        other.node !== path.vote &&
        other.node !== path.timelockNode &&
        other.node !== path.vetoNode &&
        other.until > other.at,
    )
    .map((other) => other.node);
  const outcome: ChainOutcome = {
    proposed: true,
    state: passed ? 'Succeeded' : 'Defeated',
    quorum: BigInt(step.quorum.needed),
    forVotes: BigInt(step.tally.for),
    againstVotes: BigInt(step.tally.against),
    abstainVotes: BigInt(step.tally.abstain),
    voteEnd: step.until - step.at,
    executableAfter: executes && others.length === 0 ? trace.executableAfter! - step.at + unit : null,
    // A veto is a cancel in the timelock's delay: what it blocks is queued but never executed.
    executed: passed && !vetoed,
  };
  // Through a Safe, the cancel takes exactly as many signatures as the simulator needed vetoes: no fewer.
  if (passed && vetoed && path.vetoSafe !== undefined && vetoStep.threshold !== undefined)
    outcome.cancelSignatures = Number(vetoStep.threshold.needed);
  return passed && others.length > 0 ? { outcome, uncomparedTime: others } : { outcome };
}
