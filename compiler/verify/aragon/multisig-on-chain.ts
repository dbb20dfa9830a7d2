import { type Address, encodeFunctionData, getAddress } from 'viem';
import type { ScenarioVerdict, UnitVerification } from '../target-verification.ts';
import {
  type AragonPlugin,
  type Context,
  compare,
  executedByDao,
  install,
  mineAll,
  provenance,
  read,
} from './aragon-on-chain.ts';
import { replayed } from './verify-aragon.ts';

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

export async function multisigOnChain(
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
