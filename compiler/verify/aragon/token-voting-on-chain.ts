import { type Abi, type Address, encodeFunctionData } from 'viem';
import { getNodeKind } from '../../nodes/catalogue.ts';
import type { GeneratedElectorate } from '../../simulate/scenario/generate-electorate.ts';
import { holderAddress } from '../holder-address.ts';
import type { ScenarioVerdict, UnitVerification } from '../target-verification.ts';
import {
  type AragonPlugin,
  type Context,
  compare,
  deployToken,
  executedByDao,
  install,
  mineAll,
  provenance,
  read,
} from './aragon-on-chain.ts';
import { applyRatioCeiled } from './token-voting-arithmetic.ts';
import { replayed } from './verify-aragon.ts';

/** TokenVoting's VoteOption (IMajorityVoting.sol): None 0, Abstain 1, Yes 2, No 3. */
export const voteOption = { abstain: 1, for: 2, against: 3 } as const;

/** What TokenVoting said of one proposal once its vote closed, and whether `execute` reached the DAO. */
export interface ClosedVote {
  /** Index of the first vote that reverted, or -1. */
  refused: number;
  tally: { abstain: bigint; yes: bigint; no: bigint };
  minVotingPower: bigint;
  participation: boolean;
  support: boolean;
  executed: boolean;
}

/**
 * One proposal on an installed TokenVoting (or, given its ABI, another MajorityVotingBase plugin with the same
 * createProposal, vote, getProposal and checks: AddresslistVoting): `proposer` creates it (no actions, dates from the settings), each voter
 * votes as given, the chain moves past its end date, and the contract's checks are read before `execute` is tried.
 * Undefined when createProposal reverts.
 */
export async function closedVote(
  context: Context,
  plugin: Address,
  proposer: Address,
  votes: readonly { address: Address; option: number }[],
  abi: Abi = context.artifacts.tokenVoting.abi,
): Promise<ClosedVote | undefined> {
  const { chain } = context;
  const proposalId = (await read(chain, abi, plugin, 'proposalCount')) as bigint;
  await chain.impersonate(proposer);
  const [created] = await mineAll(chain, [
    () =>
      chain.send({
        from: proposer,
        to: plugin,
        data: encodeFunctionData({
          abi,
          functionName: 'createProposal',
          args: ['0x', [], 0n, 0n, 0n, 0, false],
        }),
        gas: 1_000_000n,
      }),
  ]);
  if (!created) return undefined;
  for (const vote of votes) await chain.impersonate(vote.address);
  const cast = await mineAll(
    chain,
    votes.map(
      (vote) => () =>
        chain.send({
          from: vote.address,
          to: plugin,
          data: encodeFunctionData({ abi, functionName: 'vote', args: [proposalId, vote.option, false] }),
          gas: 500_000n,
        }),
    ),
  );
  const [, , parameters, tally] = (await read(chain, abi, plugin, 'getProposal', [proposalId])) as [
    boolean,
    boolean,
    { endDate: bigint; minVotingPower: bigint },
    ClosedVote['tally'],
  ];
  await chain.mine(parameters.endDate + 1n);
  const participation = (await read(chain, abi, plugin, 'isMinParticipationReached', [
    proposalId,
  ])) as boolean;
  const support = (await read(chain, abi, plugin, 'isSupportThresholdReached', [proposalId])) as boolean;
  const before = await executedByDao(context, proposalId);
  await mineAll(chain, [
    () =>
      chain.send({
        from: chain.deployer,
        to: plugin,
        data: encodeFunctionData({ abi, functionName: 'execute', args: [proposalId] }),
        gas: 1_000_000n,
      }),
  ]);
  // The DAO counts executions by call id (the proposal id), which every plugin numbers from 0: one more is this one.
  const executed = (await executedByDao(context, proposalId)) === before + 1n;
  return {
    refused: cast.findIndex((ok) => !ok),
    tally,
    minVotingPower: parameters.minVotingPower,
    participation,
    support,
    executed,
  };
}

/**
 * The setup check at the quorum's boundary (issue 17's rounding): on a token of the electorate's supply held as
 * `needed − 1`, 1 and the rest (undelegated), a proposal with only the first holder voting must miss minimum
 * participation and one with both must reach it, where `needed` is the simulator's quorum for that supply. A
 * simulator rounding the quorum down where Aragon rounds it up is named here, whatever the sample votes were.
 */
async function boundaryChecks(
  context: Context,
  implementation: Address,
  votingSettings: object,
  supply: bigint,
  needed: bigint,
  minApprovals: bigint,
): Promise<ScenarioVerdict[]> {
  const { chain, artifacts, dao } = context;
  if (needed < 2n || needed > supply) return [];
  const holders = [needed - 1n, 1n];
  if (supply > needed) holders.push(supply - needed);
  const token = await deployToken(chain, {
    supply,
    holders: holders.map((balance, index) => ({ address: '', balance, active: index < 2 })),
  });
  const plugin = await install(
    chain,
    artifacts,
    implementation,
    artifacts.tokenVoting,
    [dao, votingSettings, token],
    'TokenVoting at the quorum boundary',
  );
  const checks: ScenarioVerdict[] = [];
  for (const voters of [1, 2]) {
    const votes = [0, 1].slice(0, voters).map((index) => ({ address: holderAddress(index), option: 2 }));
    const closed = await closedVote(context, plugin, holderAddress(0), votes);
    const counted = voters === 1 ? needed - 1n : needed;
    const quorum = closed === undefined ? undefined : contractQuorum(closed, supply, minApprovals);
    const field = minApprovals === 0n ? 'minVotingPower' : 'minApprovalPower';
    const simulator = { [field]: String(needed), participation: String(voters === 2) };
    const real = {
      [field]: quorum === undefined ? 'createProposal reverted' : String(quorum.needed),
      participation: quorum === undefined ? 'createProposal reverted' : String(quorum.met),
    };
    checks.push(
      compare(
        0,
        `${counted} of ${supply} voting${minApprovals === 0n ? '' : ' For'} at a quorum of ${needed}: participation ${real.participation}`,
        simulator,
        real,
      ),
    );
  }
  return checks;
}

/**
 * The quorum of a closed vote in the simulator's terms. With `minApprovals` 0 it is TokenVoting's own
 * `minVotingPower` and `isMinParticipationReached`. A quorum counting For only is emitted as build 3's `minApprovals`
 * (with `minParticipation` 0), which build 2 lacks: then it is `_applyRatioCeiled(supply, minApprovals)` (build 3's
 * `minApprovalPower`, on the port) against the contract's own tally of yes votes.
 */
function contractQuorum(closed: ClosedVote, supply: bigint, minApprovals: bigint) {
  if (minApprovals === 0n)
    return { field: 'minVotingPower', needed: closed.minVotingPower, met: closed.participation };
  const needed = applyRatioCeiled(supply, minApprovals);
  return { field: 'minApprovalPower', needed, met: closed.tally.yes >= needed };
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

/**
 * The setup checks at the support threshold: TokenVoting passes when `(1e6 − t) · yes > t · no`, strictly. On a token
 * of the electorate's supply held as an exact tie (yes = t/g · k, no = (1e6 − t)/g · k, g their gcd, k the least
 * that meets the quorum, counting only yes when it is `minApprovals`), one more token and the rest (undelegated), the tie must fail and one more yes must pass and
 * execute; the simulator's own step (the decision's kind, counting as Aragon does) decides the same ballots, and its
 * exit and support verdict are compared with the contract's execution and `isSupportThresholdReached`.
 */
async function supportBoundaryChecks(
  context: Context,
  implementation: Address,
  votingSettings: { supportThreshold: number },
  decision: string,
  supply: bigint,
  needed: bigint,
  minApprovals: bigint,
): Promise<ScenarioVerdict[]> {
  const { chain, artifacts, dao, config } = context;
  const body = config.bodies.find((candidate) => candidate.id === decision);
  const step = body === undefined ? undefined : getNodeKind(body.kind)?.simulation;
  const t = BigInt(votingSettings.supportThreshold);
  const u = 1_000_000n - t;
  if (body === undefined || step?.role !== 'decision' || t === 0n || u === 0n) return [];
  const g = gcd(t, u);
  // Enough votes to meet the quorum: all of them count toward minParticipation, only yes toward minApprovals.
  const unit = minApprovals === 0n ? (t + u) / g : t / g;
  const k = needed <= unit ? 1n : (needed + unit - 1n) / unit;
  const [yes, no] = [(t / g) * k, (u / g) * k];
  if (yes + no + 1n > supply) return [];
  const balances = [yes, 1n, no];
  if (supply > yes + no + 1n) balances.push(supply - yes - no - 1n);
  const electorate: GeneratedElectorate = {
    supply,
    holders: balances.map((balance, index) => ({ address: '', balance, active: index < 3 })),
  };
  const token = await deployToken(chain, electorate);
  const plugin = await install(
    chain,
    artifacts,
    implementation,
    artifacts.tokenVoting,
    [dao, votingSettings, token],
    'TokenVoting at the support threshold',
  );
  const checks: ScenarioVerdict[] = [];
  for (const ayes of [1, 2]) {
    const drawn = [
      ...[0, 1].slice(0, ayes).map((holder) => ({ holder, support: 'for' as const, moment: 0 })),
      { holder: 2, support: 'against' as const, moment: 0 },
    ];
    const simulated = step.decide({
      config,
      body,
      electorate,
      votes: drawn,
      proposal: { type: 'boundary' },
      scenario: { seed: 1, proposals: [] },
      random: () => 0,
      executesOn: ['aragon'],
    });
    const closed = await closedVote(
      context,
      plugin,
      holderAddress(0),
      drawn.map((vote) => ({ address: holderAddress(vote.holder), option: voteOption[vote.support] })),
    );
    const yesVotes = ayes === 1 ? yes : yes + 1n;
    const simulator = {
      support: 'unsupported' in simulated ? simulated.unsupported : String(simulated.threshold?.met),
      passes: 'unsupported' in simulated ? simulated.unsupported : String(simulated.exit === 'passed'),
    };
    const real = {
      support: closed === undefined ? 'createProposal reverted' : String(closed.support),
      passes: closed === undefined ? 'createProposal reverted' : String(closed.executed),
    };
    checks.push(
      compare(
        0,
        `${yesVotes} yes against ${no} no at a support threshold of ${t}: ${real.passes === 'true' ? 'executed' : 'not executed'}`,
        simulator,
        real,
      ),
    );
  }
  return checks;
}

export async function tokenVotingOnChain(
  context: Context,
  implementation: Address,
  plugin: AragonPlugin,
): Promise<UnitVerification> {
  const { chain, artifacts, dao } = context;
  const settings = plugin.settings!;
  const minApprovals = BigInt(plugin.minApprovals ?? '0');
  const votingSettings = {
    votingMode: settings.votingMode,
    supportThreshold: settings.supportThreshold,
    minParticipation: settings.minParticipation,
    minDuration: BigInt(settings.minDuration ?? '3600'),
    minProposerVotingPower: BigInt(settings.minProposerVotingPower ?? '0'),
  };
  const deployed =
    `TokenVoting (${provenance(artifacts)}) for ${plugin.decision}: supportThreshold ${settings.supportThreshold}, ` +
    `minParticipation ${settings.minParticipation}, minDuration ${votingSettings.minDuration} s, votingMode ` +
    `${settings.votingMode}; the emitted install data is for build ${plugin.build?.build ?? '?'} ` +
    `(${plugin.build?.repo ?? 'aragon/token-voting-plugin'} ${plugin.build?.tag ?? ''}), the contract run is build 2` +
    (minApprovals === 0n
      ? ''
      : `; minApprovals ${minApprovals} is not in build 2 and is applied to the contract's tally as build 3 does`);
  const checks: ScenarioVerdict[] = [];
  const plugins = new Map<GeneratedElectorate, Address>();
  let scenario = 0;
  for (const { type, step, event } of replayed(context.config, plugin.decision, context.options)) {
    if (step.tally === undefined || step.quorum === undefined) continue;
    let address = plugins.get(event.electorate);
    if (address === undefined) {
      if (plugins.size === 0)
        checks.push(
          ...(await boundaryChecks(
            context,
            implementation,
            votingSettings,
            event.electorate.supply,
            BigInt(step.quorum.needed),
            minApprovals,
          )),
          ...(await supportBoundaryChecks(
            context,
            implementation,
            votingSettings,
            plugin.decision,
            event.electorate.supply,
            BigInt(step.quorum.needed),
            minApprovals,
          )),
        );
      const token = await deployToken(chain, event.electorate);
      address = await install(
        chain,
        artifacts,
        implementation,
        artifacts.tokenVoting,
        [dao, votingSettings, token],
        `TokenVoting for ${plugin.decision}`,
      );
      plugins.set(event.electorate, address);
    }
    scenario++;
    const proposerIndex = event.electorate.holders.findIndex((holder) => holder.active);
    const proposer = proposerIndex < 0 ? chain.deployer : holderAddress(proposerIndex);
    const votes = event.votes.map((vote) => ({
      address: holderAddress(vote.holder),
      option: voteOption[vote.support],
    }));
    const closed = await closedVote(context, address, proposer, votes);
    if (closed === undefined) {
      checks.push(
        compare(scenario, `${type}: createProposal reverted`, { created: 'true' }, { created: 'false' }),
      );
      continue;
    }
    const { tally } = closed;
    const quorum = contractQuorum(closed, event.electorate.supply, minApprovals);
    const approval = tally.yes >= applyRatioCeiled(event.electorate.supply, minApprovals);
    const simulator = {
      votes: String(votes.length),
      yes: step.tally.for,
      no: step.tally.against,
      abstain: step.tally.abstain,
      [quorum.field]: step.quorum.needed,
      participation: String(step.quorum.met),
      passes: String(step.branch === 'passed'),
    };
    const real = {
      votes: closed.refused < 0 ? String(votes.length) : `vote ${closed.refused + 1} reverted`,
      yes: String(tally.yes),
      no: String(tally.no),
      abstain: String(tally.abstain),
      [quorum.field]: String(quorum.needed),
      participation: String(quorum.met),
      passes: String(closed.executed && approval),
    };
    const short = [
      closed.support ? undefined : 'support not over the threshold',
      closed.participation ? undefined : `participation below ${closed.minVotingPower}`,
      approval ? undefined : `yes below the minimum approval ${quorum.needed}`,
    ].filter((reason) => reason !== undefined);
    const why = closed.executed && approval ? 'executed' : `not executed (${short.join(', ')})`;
    checks.push(
      compare(
        scenario,
        `${type}: ${tally.yes} yes, ${tally.no} no, ${tally.abstain} abstain of ${event.electorate.supply}: ${why}`,
        simulator,
        real,
      ),
    );
  }
  return { unit: plugin.decision, deployed, checks };
}
