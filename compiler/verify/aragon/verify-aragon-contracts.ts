import {
  type Abi,
  type Address,
  decodeFunctionResult,
  encodeDeployData,
  encodeFunctionData,
  getAddress,
  type Hex,
  pad,
  toHex,
} from 'viem';
import { CharterError } from '../../errors/charter-error.ts';
import type { CharterConfig } from '../../generated/charter-config.ts';
import { charterVotesTokenArtifact } from '../../generated/openzeppelin-contracts.ts';
import type { GeneratedElectorate } from '../../simulate/scenario/generate-electorate.ts';
import { holderAddress } from '../holder-address.ts';
import { type Chain, openChain } from '../open-chain.ts';
import type { ScenarioVerdict, TargetVerification, UnitVerification } from '../target-verification.ts';
import type { VerifierOptions } from '../verifier.ts';
import { type AragonArtifact, type AragonArtifacts, aragonArtifacts } from './aragon-artifacts.ts';
import { applyRatioCeiled } from './token-voting-arithmetic.ts';
import { replayed } from './verify-aragon.ts';

/** One plugin of the Aragon target's parameters, the fields read here. */
interface AragonPlugin {
  plugin: string;
  decision: string;
  settings?: {
    votingMode: number;
    supportThreshold: number;
    minParticipation: number;
    minDuration?: string;
    minProposerVotingPower?: string;
    onlyListed?: boolean;
    minApprovals?: number;
  };
  minApprovals?: string;
  members?: string[];
  build?: { repo: string; build: number; tag: string };
}

/** Votes sent per mined block: well under the 30 million gas a block holds (a vote costs about 100,000). */
const perBlock = 100;
/** TokenVoting's VoteOption (IMajorityVoting.sol): None 0, Abstain 1, Yes 2, No 3. */
const voteOption = { abstain: 1, for: 2, against: 3 } as const;

/** The contract that ran, for the report: which release of which sources, compiled how. */
function provenance(artifacts: AragonArtifacts): string {
  return `npm @aragon/osx@1.3.0's Solidity, compiled with solc-js ${artifacts.solc} behind an ERC1967 proxy`;
}

async function read(chain: Chain, abi: Abi, to: Address, functionName: string, args: unknown[] = []) {
  const data = await chain.call(to, encodeFunctionData({ abi, functionName, args }));
  return decodeFunctionResult({ abi, functionName, data }) as unknown;
}

/** Sends transactions, mines them (a block per {@link perBlock}), and gives whether each succeeded. */
async function mineAll(chain: Chain, sends: (() => Promise<Hex>)[]): Promise<boolean[]> {
  const statuses: boolean[] = [];
  for (let start = 0; start < sends.length; start += perBlock) {
    const hashes: Hex[] = [];
    for (const send of sends.slice(start, start + perBlock)) hashes.push(await send());
    await chain.mine();
    for (const hash of hashes) statuses.push((await chain.receipt(hash)).status === 'success');
  }
  return statuses;
}

async function deploy(chain: Chain, data: Hex, what: string): Promise<Address> {
  const hash = await chain.send({ from: chain.deployer, data, gas: 30_000_000n });
  await chain.mine();
  const receipt = await chain.receipt(hash);
  if (receipt.status !== 'success' || receipt.contractAddress === null)
    throw new CharterError(`Deploying ${what} reverted in the in-process EVM.`);
  return receipt.contractAddress;
}

/** A plugin behind a proxy, initialized in the proxy's constructor as Aragon's PluginSetup does. */
async function install(
  chain: Chain,
  artifacts: AragonArtifacts,
  implementation: Address,
  plugin: AragonArtifact,
  args: unknown[],
  what: string,
): Promise<Address> {
  const initialize = encodeFunctionData({ abi: plugin.abi, functionName: 'initialize', args });
  return deploy(
    chain,
    encodeDeployData({
      abi: artifacts.proxy.abi,
      bytecode: artifacts.proxy.bytecode,
      args: [implementation, initialize],
    }),
    what,
  );
}

/** The simulator's electorate as an ERC20Votes token on a block-number clock (TokenVoting reads past blocks). */
async function deployToken(chain: Chain, electorate: GeneratedElectorate): Promise<Address> {
  const holders: Address[] = electorate.holders.map((_, index) => holderAddress(index));
  const balances = electorate.holders.map((holder) => holder.balance);
  const delegated = electorate.holders.map((holder) => holder.active);
  let held = 0n;
  for (const balance of balances) held += balance;
  if (held < electorate.supply) {
    holders.push(chain.deployer);
    balances.push(electorate.supply - held);
    delegated.push(false);
  }
  const address = await deploy(
    chain,
    encodeDeployData({
      abi: charterVotesTokenArtifact.abi,
      bytecode: charterVotesTokenArtifact.bytecode as Hex,
      args: ['Charter verify', 'CV', false, holders, balances, delegated],
    }),
    'the ERC20Votes token',
  );
  // TokenVoting reads the supply at block.number - 1: the token's checkpoints must be in a mined block before it.
  await chain.mine();
  return address;
}

/**
 * Checks every TokenVoting and Multisig plugin of a compiled config on Aragon OSx 1.3.0's own contracts (TokenVoting
 * and Multisig from npm `@aragon/osx@1.3.0`, compiled by {@link aragonArtifacts}) in the in-process EVM, installed
 * behind an ERC1967 proxy with the emitted settings on a DAO that grants every permission (Charter's CharterDaoMock):
 * - TokenVoting: the simulator's electorate becomes an ERC20Votes token (active holders delegated to themselves);
 *   for each sample proposal the simulator brought to the vote, the largest active holder creates a proposal, each
 *   drawn voter votes as drawn, the vote closes after `minDuration`, and the contract's tally, `minVotingPower`,
 *   `isMinParticipationReached` and whether `execute` went through to the DAO are compared with the simulator's.
 *   The contract is build 2 of the TokenVoting repo, whose settings have no `minApprovals`: a nonzero one (build 3)
 *   is applied to the tally with Ratio.sol's `_applyRatioCeiled`, and the report says so.
 * - Multisig: installed with the emitted members and settings; the members the simulator drew approving approve, and
 *   the approvals counted and whether `execute` went through are compared.
 */
export async function verifyAragonContracts(
  config: CharterConfig,
  options: VerifierOptions = {},
): Promise<TargetVerification> {
  const plugins =
    (config.targets.aragon?.parameters as { plugins?: AragonPlugin[] } | undefined)?.plugins ?? [];
  if (plugins.length === 0)
    return { target: 'aragon', units: [], notVerifiable: 'the document deploys no Aragon plugin' };
  const artifacts = aragonArtifacts();
  const chain = options.chain ?? (await openChain());
  try {
    const dao = await deploy(chain, artifacts.dao.bytecode, 'the DAO mock');
    const implementations = {
      tokenVoting: await deploy(chain, artifacts.tokenVoting.bytecode, "Aragon's TokenVoting"),
      multisig: await deploy(chain, artifacts.multisig.bytecode, "Aragon's Multisig"),
    };
    const units: UnitVerification[] = [];
    for (const plugin of plugins) {
      const context = { chain, artifacts, dao, config, options };
      if (plugin.plugin === 'token-voting' && plugin.settings !== undefined)
        units.push(await tokenVoting(context, implementations.tokenVoting, plugin));
      else if (plugin.plugin === 'multisig' && plugin.settings?.minApprovals !== undefined)
        units.push(await multisig(context, implementations.multisig, plugin));
      else
        units.push({
          unit: plugin.decision,
          deployed: `${plugin.plugin} plugin for ${plugin.decision}: not checked here (no contract of it is compiled)`,
          checks: [],
        });
    }
    return { target: 'aragon', units };
  } catch (error) {
    if (error instanceof CharterError) throw error;
    throw new CharterError("The replay on Aragon's contracts failed.", {
      details: [(error as Error).message],
      cause: error,
    });
  } finally {
    if (options.chain === undefined) await chain.close();
  }
}

interface Context {
  chain: Chain;
  artifacts: AragonArtifacts;
  dao: Address;
  config: CharterConfig;
  options: VerifierOptions;
}

async function executedByDao(context: Context, proposalId: bigint): Promise<bigint> {
  return (await read(context.chain, context.artifacts.dao.abi, context.dao, 'executions', [
    pad(toHex(proposalId)),
  ])) as bigint;
}

function compare(
  scenario: number,
  summary: string,
  simulator: Record<string, string>,
  real: Record<string, string>,
): ScenarioVerdict {
  const field = Object.keys(simulator).find((name) => simulator[name] !== real[name]);
  return field === undefined
    ? { scenario, summary }
    : { scenario, summary, mismatch: { field, simulator: simulator[field]!, real: real[field]! } };
}

/** What TokenVoting said of one proposal once its vote closed, and whether `execute` reached the DAO. */
interface ClosedVote {
  /** Index of the first vote that reverted, or -1. */
  refused: number;
  tally: { abstain: bigint; yes: bigint; no: bigint };
  minVotingPower: bigint;
  participation: boolean;
  support: boolean;
  executed: boolean;
}

/**
 * One proposal on an installed TokenVoting: `proposer` creates it (no actions, dates from the settings), each voter
 * votes as given, the chain moves past its end date, and the contract's checks are read before `execute` is tried.
 * Undefined when createProposal reverts.
 */
async function closedVote(
  context: Context,
  plugin: Address,
  proposer: Address,
  votes: readonly { address: Address; option: number }[],
): Promise<ClosedVote | undefined> {
  const { chain, artifacts } = context;
  const abi = artifacts.tokenVoting.abi;
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
    const simulator = { minVotingPower: String(needed), participation: String(voters === 2) };
    const real = {
      minVotingPower: closed === undefined ? 'createProposal reverted' : String(closed.minVotingPower),
      participation: closed === undefined ? 'createProposal reverted' : String(closed.participation),
    };
    checks.push(
      compare(
        0,
        `${counted} of ${supply} voting at a quorum of ${needed}: participation ${real.participation}`,
        simulator,
        real,
      ),
    );
  }
  return checks;
}

async function tokenVoting(
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
    const approval = tally.yes >= applyRatioCeiled(event.electorate.supply, minApprovals);
    const simulator = {
      votes: String(votes.length),
      yes: step.tally.for,
      no: step.tally.against,
      abstain: step.tally.abstain,
      minVotingPower: step.quorum.needed,
      participation: String(step.quorum.met),
      passes: String(step.branch === 'passed'),
    };
    const real = {
      votes: closed.refused < 0 ? String(votes.length) : `vote ${closed.refused + 1} reverted`,
      yes: String(tally.yes),
      no: String(tally.no),
      abstain: String(tally.abstain),
      minVotingPower: String(closed.minVotingPower),
      participation: String(closed.participation),
      passes: String(closed.executed && approval),
    };
    const short = [
      closed.support ? undefined : 'support not over the threshold',
      closed.participation ? undefined : `participation below ${closed.minVotingPower}`,
      approval ? undefined : 'yes below minApprovals',
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

/** One Multisig proposal: `approvers` approve it, then `execute` is tried; undefined when createProposal reverts. */
async function approvedProposal(
  context: Context,
  plugin: Address,
  proposer: Address,
  approvers: readonly Address[],
): Promise<{ approvals: number; executable: boolean; executed: boolean } | undefined> {
  const { chain, artifacts } = context;
  const abi = artifacts.multisig.abi;
  await chain.impersonate(proposer);
  const proposalId = (await read(chain, abi, plugin, 'proposalCount')) as bigint;
  const { timestamp } = await chain.head();
  const [created] = await mineAll(chain, [
    () =>
      chain.send({
        from: proposer,
        to: plugin,
        data: encodeFunctionData({
          abi,
          functionName: 'createProposal',
          args: ['0x', [], 0n, false, false, 0n, timestamp + 86_400n],
        }),
        gas: 1_000_000n,
      }),
  ]);
  if (!created) return undefined;
  for (const member of approvers) await chain.impersonate(member);
  await mineAll(
    chain,
    approvers.map(
      (member) => () =>
        chain.send({
          from: member,
          to: plugin,
          data: encodeFunctionData({ abi, functionName: 'approve', args: [proposalId, false] }),
          gas: 500_000n,
        }),
    ),
  );
  const [, approvals] = (await read(chain, abi, plugin, 'getProposal', [proposalId])) as [boolean, number];
  const executable = (await read(chain, abi, plugin, 'canExecute', [proposalId])) as boolean;
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
  return { approvals, executable, executed: (await executedByDao(context, proposalId)) === before + 1n };
}

async function multisig(
  context: Context,
  implementation: Address,
  plugin: AragonPlugin,
): Promise<UnitVerification> {
  const { chain, artifacts, dao } = context;
  const settings = {
    onlyListed: plugin.settings!.onlyListed ?? true,
    minApprovals: plugin.settings!.minApprovals!,
  };
  const members = (plugin.members ?? []).map((member) => getAddress(member));
  const deployed =
    `Multisig (${provenance(artifacts)}) for ${plugin.decision}: ${members.length} members, minApprovals ` +
    `${settings.minApprovals}, onlyListed ${settings.onlyListed}`;
  const address = await install(
    chain,
    artifacts,
    implementation,
    artifacts.multisig,
    [dao, members, settings],
    `Multisig for ${plugin.decision}`,
  );
  // Multisig refuses a proposal in the block its settings changed: one more block.
  await chain.mine();
  const checks: ScenarioVerdict[] = [];
  if (members.length === 0) return { unit: plugin.decision, deployed, checks };
  // Setup: the first minApprovals members execute it, one fewer do not.
  for (const count of [settings.minApprovals, settings.minApprovals - 1]) {
    if (count < 0 || count > members.length) continue;
    const closed = await approvedProposal(context, address, members[0]!, members.slice(0, count));
    const expected = String(count >= settings.minApprovals);
    const real = closed === undefined ? 'createProposal reverted' : String(closed.executed);
    checks.push(
      compare(
        0,
        `${count} of ${members.length} members approving: ${real === 'true' ? 'executed' : 'not executed'}`,
        { executed: expected },
        { executed: real },
      ),
    );
  }
  let scenario = 0;
  for (const { type, step, event } of replayed(context.config, plugin.decision, context.options)) {
    if (step.tally === undefined) continue;
    scenario++;
    // The electorate's holders are the members; each drawn vote's holder is found by address.
    const memberOf = (holder: number) => {
      const wanted = event.electorate.holders[holder]!.address.toLowerCase();
      return members.find((member) => member.toLowerCase() === wanted);
    };
    const approvers = event.votes
      .filter((vote) => vote.support === 'for')
      .map((vote) => memberOf(vote.holder));
    if (approvers.some((member) => member === undefined)) {
      checks.push(
        compare(
          scenario,
          `${type}: a drawn voter is not among the emitted members`,
          { members: 'drawn from the members' },
          { members: 'not a member' },
        ),
      );
      continue;
    }
    const closed = await approvedProposal(context, address, members[0]!, approvers as Address[]);
    if (closed === undefined) {
      checks.push(
        compare(scenario, `${type}: createProposal reverted`, { created: 'true' }, { created: 'false' }),
      );
      continue;
    }
    const { approvals, executable, executed } = closed;
    checks.push(
      compare(
        scenario,
        `${type}: ${approvals} of ${settings.minApprovals} approvals needed: ${executed ? 'executed' : 'not executed'}${executable === executed ? '' : ` (canExecute said ${executable})`}`,
        { approvals: step.tally.for, passes: String(step.branch === 'passed') },
        { approvals: String(approvals), passes: String(executed) },
      ),
    );
  }
  return { unit: plugin.decision, deployed, checks };
}
