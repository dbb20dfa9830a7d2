import {
  type Address,
  decodeFunctionResult,
  encodeFunctionData,
  type Hex,
  keccak256,
  slice,
  toEventSelector,
  toHex,
  zeroHash,
} from 'viem';
import {
  charterSuperQuorumGovernorArtifact,
  timelockControllerArtifact,
} from '../generated/openzeppelin-contracts.ts';
import type { Clock } from '../units/seconds-to-clock.ts';
import type { Chain } from './open-chain.ts';
import { sendSafeTransaction } from './safe/safe-transaction.ts';

// CharterSuperQuorumGovernor's ABI holds every function CharterGovernor has, with the same selectors.
const abi = charterSuperQuorumGovernorArtifact.abi;

/** The event a Governor emits for each vote it counts (IGovernor.VoteCast). */
const voteCastTopic = toEventSelector('VoteCast(address,uint256,uint8,uint256,string)');

/** OpenZeppelin's IGovernor.ProposalState, in enum order. */
const states = [
  'Pending',
  'Active',
  'Canceled',
  'Defeated',
  'Succeeded',
  'Queued',
  'Expired',
  'Executed',
] as const;

/** One vote to cast: who, which side, and when, in seconds from the proposal (the simulator's `voteTime`). */
export interface ReplayVote {
  voter: Address;
  support: 'for' | 'against' | 'abstain';
  at: number;
}

/** What {@link replayProposal} needs: the deployed Governor, its clock, the proposal's action and its votes. */
export interface ReplayProposalParameters {
  governor: Address;
  clock: Clock;
  /** Who proposes: an account with at least the proposal threshold of votes, or the proposal is refused. */
  proposer: Address;
  /** The action: send `value` wei from the timelock to `recipient`. */
  recipient: Address;
  value: bigint;
  /** Makes the description, and so the proposal id, unique. */
  description: string;
  votes: readonly ReplayVote[];
  /**
   * A veto: once queued, `by` (one of the TimelockController's cancellers) cancels the operation in the block after
   * the queue, within the delay, with `TimelockController.cancel`; or, for a veto of k > 1, the Safe that is the
   * canceller is made to call `cancel`, once per attempt in order, each attempt signed by its owners, until one goes
   * through. The execution is then still attempted at the eta.
   */
  cancel?:
    | { by: Address; timelock: Address }
    | { safe: Address; attempts: readonly (readonly Address[])[]; timelock: Address };
  /** Seconds after the eta at which execution is attempted (a grace period's boundary). @default 0 */
  executeAfter?: bigint;
}

/** What happened on chain. Times are seconds from the block the proposal was made in. */
export interface ChainOutcome {
  proposed: boolean;
  /** The proposal's state once voting ended: Succeeded (then queued and executed) or Defeated. */
  state: string;
  /** `quorum(proposalSnapshot)`, base units. */
  quorum: bigint;
  forVotes: bigint;
  againstVotes: bigint;
  abstainVotes: bigint;
  /** When voting ended: the deadline (after any late-quorum extension), or the vote that reached the super quorum. */
  voteEnd: number;
  /**
   * When the timelock let the proposal execute (its eta), queued in the first block after voting ended; null when it
   * was not queued, or was cancelled in the delay (a veto).
   */
  executableAfter: number | null;
  /** Whether executing at that moment ran the action (the recipient received `value`). */
  executed: boolean;
  /** Set when a canceller cancelled the queued proposal in the timelock's delay (a veto): who. */
  cancelledBy?: Address;
  /** A veto's Safe cancelled it: with how many owners' signatures (the first attempt that went through). */
  cancelSignatures?: number;
}

/**
 * Runs one proposal through a deployed CharterGovernor and its TimelockController, as the simulator's trace says it
 * happens: propose, cast each vote at its moment (all votes of one timepoint in one block), and, once voting has
 * ended, queue in the very next block and execute at the timelock's eta. The votes' seconds become the Governor's
 * clock: the same seconds on a timestamp clock, block ⌈seconds / block time⌉ after the proposal's on a block-number
 * clock, whose blocks the chain mines `blockTime` seconds apart. With `cancel`, a canceller cancels in the delay. Reverted votes (such as after a super quorum
 * decided the vote) are left uncounted, as the contract leaves them.
 */
export async function replayProposal(
  chain: Chain,
  parameters: ReplayProposalParameters,
): Promise<ChainOutcome> {
  const { governor, clock } = parameters;
  const blocks = clock.clockMode === 'blocknumber';
  const read = async <T>(functionName: string, args: readonly unknown[]): Promise<T> => {
    const data = encodeFunctionData({ abi, functionName: functionName as never, args: args as never });
    return decodeFunctionResult({
      abi,
      functionName: functionName as never,
      data: await chain.call(governor, data),
    }) as T;
  };
  const write = (from: Address, functionName: string, args: readonly unknown[], value = 0n) =>
    chain.send({
      from,
      to: governor,
      data: encodeFunctionData({ abi, functionName: functionName as never, args: args as never }),
      value,
      gas: 1_000_000n,
    });

  const start = await chain.head();
  const proposalBlock = start.number + 1n;
  const proposalTime = start.timestamp + (blocks ? BigInt(Math.round(clock.blockTime)) : 1n);
  /** The block and timestamp at `units` clock units after the proposal. */
  const at = (units: bigint) =>
    blocks
      ? {
          block: proposalBlock + units,
          timestamp: proposalTime + units * BigInt(Math.round(clock.blockTime)),
        }
      : { block: undefined, timestamp: proposalTime + units };
  /** The newest block's number, as this replay mined it (nothing else mines while it runs). */
  let head = start.number;
  /** Mines empty blocks up to the one before `units` after the proposal (block-number clock), before any
   * transaction for that block is sent: hardhat_mine would take pending transactions into its first block. */
  const advanceTo = async (units: bigint) => {
    const target = at(units);
    if (target.block === undefined || target.block - head - 1n <= 0n) return;
    await chain.mineEmpty(target.block - head - 1n, BigInt(Math.round(clock.blockTime)));
    head = target.block - 1n;
  };
  /** Mines the block at `units` after the proposal with the transactions sent since {@link advanceTo}. */
  const mineAt = async (units: bigint) => {
    await chain.mine(at(units).timestamp);
    head += 1n;
  };
  const toUnits = (seconds: number) => BigInt(blocks ? Math.ceil(seconds / clock.blockTime) : seconds);
  const toSeconds = (units: bigint) => Number(units) * (blocks ? clock.blockTime : 1);

  await chain.impersonate(parameters.proposer);
  const action = [[parameters.recipient], [parameters.value], ['0x' as Hex]] as const;
  const descriptionHash = keccak256(toHex(parameters.description));
  const proposal = await write(parameters.proposer, 'propose', [...action, parameters.description]);
  await mineAt(0n);
  const none: ChainOutcome = {
    proposed: false,
    state: 'none',
    quorum: 0n,
    forVotes: 0n,
    againstVotes: 0n,
    abstainVotes: 0n,
    voteEnd: 0,
    executableAfter: null,
    executed: false,
  };
  if ((await chain.receipt(proposal)).status !== 'success') return none;
  const id = await read<bigint>('hashProposal', [...action, descriptionHash]);
  const origin = blocks ? proposalBlock : proposalTime;
  const snapshot = await read<bigint>('proposalSnapshot', [id]);

  const byTime = new Map<bigint, ReplayVote[]>();
  for (const vote of parameters.votes) {
    const units = toUnits(vote.at);
    byTime.set(units, [...(byTime.get(units) ?? []), vote]);
  }
  const support = { against: 0, for: 1, abstain: 2 } as const;
  const times = [...byTime.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  /**
   * Casts the votes, each timepoint's in its block, reading the proposal's state after the last one and, when
   * `watch`, after each: a vote that makes the proposal Succeeded before its deadline (a super quorum) ends the
   * voting there, and the votes drawn later are left for the queue's block.
   */
  const castVotes = async (watch: boolean) => {
    let decidedAt: bigint | undefined;
    const late: ReplayVote[] = [];
    for (const units of times) {
      if (decidedAt !== undefined) {
        late.push(...byTime.get(units)!);
        continue;
      }
      await advanceTo(units);
      for (const vote of byTime.get(units)!) {
        await chain.impersonate(vote.voter);
        await write(vote.voter, 'castVote', [id, support[vote.support]]);
      }
      await mineAt(units);
      if ((watch || units === times.at(-1)) && states[await read<number>('state', [id])] === 'Succeeded')
        decidedAt = units;
    }
    return { decidedAt, late };
  };
  // Reading the state after every block costs as much as the vote itself, and it can only have become Succeeded before
  // the last vote if a later vote was refused (a Governor takes votes only while the proposal is Active). So the votes
  // are first cast without those reads; when the Governor counted fewer than were cast, the chain goes back to the
  // proposal and they are cast again, reading the state after every block.
  const proposed = times.length > 1 ? await chain.snapshot() : undefined;
  let { decidedAt, late } = await castVotes(false);
  if (proposed !== undefined) {
    const counted = await chain.logs({ address: governor, topic: voteCastTopic, fromBlock: proposalBlock });
    const ours = counted.filter((log) => BigInt(slice(log.data, 0, 32)) === id).length;
    if (ours !== parameters.votes.length) {
      await chain.revert(proposed);
      head = proposalBlock;
      ({ decidedAt, late } = await castVotes(true));
    }
  }

  const deadline = (await read<bigint>('proposalDeadline', [id])) - origin;
  const end = decidedAt ?? deadline;
  await advanceTo(end + 1n);
  // Votes the simulator drew after an early decision: cast them too, in the queue's block, where the contract must
  // refuse them.
  for (const vote of late) {
    await chain.impersonate(vote.voter);
    await write(vote.voter, 'castVote', [id, support[vote.support]]);
  }
  const queue = await write(chain.deployer, 'queue', [...action, descriptionHash]);
  await mineAt(end + 1n);
  const queued = (await chain.receipt(queue)).status === 'success';
  const [againstVotes, forVotes, abstainVotes] = await read<[bigint, bigint, bigint]>('proposalVotes', [id]);
  const outcome: ChainOutcome = {
    proposed: true,
    state: queued ? 'Succeeded' : states[await read<number>('state', [id])]!,
    quorum: await read<bigint>('quorum', [snapshot]),
    forVotes,
    againstVotes,
    abstainVotes,
    voteEnd: toSeconds(end),
    executableAfter: null,
    executed: false,
  };
  if (!queued) return outcome;
  const eta = await read<bigint>('proposalEta', [id]);
  outcome.executableAfter = Number(eta - proposalTime);
  if (parameters.cancel !== undefined) {
    // GovernorTimelockControl schedules the batch with salt bytes20(governor) ^ descriptionHash and predecessor 0.
    const { timelock } = parameters.cancel;
    const timelockAbi = timelockControllerArtifact.abi;
    const salt = toHex((BigInt(governor) << 96n) ^ BigInt(descriptionHash), { size: 32 });
    const operation = decodeFunctionResult({
      abi: timelockAbi,
      functionName: 'hashOperationBatch',
      data: await chain.call(
        timelock,
        encodeFunctionData({
          abi: timelockAbi,
          functionName: 'hashOperationBatch',
          args: [...action, zeroHash, salt],
        }),
      ),
    }) as Hex;
    const data = encodeFunctionData({ abi: timelockAbi, functionName: 'cancel', args: [operation] });
    if ('by' in parameters.cancel) {
      const { by } = parameters.cancel;
      await chain.impersonate(by);
      const cancel = await chain.send({ from: by, to: timelock, data, gas: 1_000_000n });
      await chain.mine();
      if ((await chain.receipt(cancel)).status === 'success') {
        outcome.executableAfter = null;
        outcome.cancelledBy = by;
      }
    } else {
      const { safe, attempts } = parameters.cancel;
      for (const approvers of attempts) {
        const sent = await sendSafeTransaction(chain, { safe, to: timelock, data, approvers });
        if (!sent.executed) continue;
        outcome.executableAfter = null;
        outcome.cancelledBy = safe;
        outcome.cancelSignatures = approvers.length;
        break;
      }
    }
  }
  const before = await chain.balance(parameters.recipient);
  const execute = await write(chain.deployer, 'execute', [...action, descriptionHash]);
  // With a timelock delay of 0 the eta is the queue's own block, so execution comes one second later.
  const executeAt = eta + (parameters.executeAfter ?? 0n);
  await chain.mine(executeAt > (await chain.head()).timestamp ? executeAt : undefined);
  outcome.executed =
    (await chain.receipt(execute)).status === 'success' &&
    (await chain.balance(parameters.recipient)) - before === parameters.value;
  return outcome;
}
