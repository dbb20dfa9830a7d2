import { type Address, getAddress } from 'viem';
import type { ScenarioVerdict, UnitVerification } from '../target-verification.ts';
import { type AragonPlugin, type Context, compare, install, provenance } from './aragon-on-chain.ts';
import { closedVote, voteOption } from './token-voting-on-chain.ts';
import { replayed } from './verify-aragon.ts';

/**
 * An AddresslistVoting plugin replayed on npm `@aragon/osx@1.3.0`'s own contract (release 1 build 2, the build the
 * install data is for), installed behind a proxy with the emitted settings and members on the DAO mock:
 * - setup, at the quorum's boundary: with `needed` the simulator's quorum (a share of the members, which Aragon rounds
 *   up), `needed − 1` members voting yes must miss minimum participation and not execute, `needed` must reach it;
 * - for each sample proposal the simulator brought to the vote, the first listed member proposes, each drawn member
 *   votes as drawn (found by address among the emitted members), the vote closes after `minDuration`, and the
 *   contract's tally, `minVotingPower`, `isMinParticipationReached` and whether `execute` reached the DAO are compared
 *   with the simulator's, naming the first field that differs.
 */
export async function addresslistVotingOnChain(
  context: Context,
  implementation: Address,
  plugin: AragonPlugin,
): Promise<UnitVerification> {
  const { chain, artifacts, dao } = context;
  const settings = plugin.settings!;
  const members = (plugin.members ?? []).map((member) => getAddress(member));
  const votingSettings = {
    votingMode: settings.votingMode,
    supportThreshold: settings.supportThreshold,
    minParticipation: settings.minParticipation,
    minDuration: BigInt(settings.minDuration ?? '3600'),
    minProposerVotingPower: BigInt(settings.minProposerVotingPower ?? '0'),
  };
  const deployed =
    `AddresslistVoting (${provenance(artifacts)}) for ${plugin.decision}: ${members.length} members, ` +
    `supportThreshold ${settings.supportThreshold}, minParticipation ${settings.minParticipation}, minDuration ` +
    `${votingSettings.minDuration} s, minProposerVotingPower ${votingSettings.minProposerVotingPower}, votingMode ` +
    `${settings.votingMode}; the emitted install data is for build ${plugin.build?.build ?? '?'}, the build run`;
  const abi = artifacts.addresslistVoting.abi;
  const address = await install(
    chain,
    artifacts,
    implementation,
    artifacts.addresslistVoting,
    [dao, votingSettings, members],
    `AddresslistVoting for ${plugin.decision}`,
  );
  // createProposal reads the list at block.number − 1: the block that listed the members must be behind it.
  await chain.mine();
  const checks: ScenarioVerdict[] = [];
  if (members.length === 0) return { unit: plugin.decision, deployed, checks };
  let boundary = false;
  let scenario = 0;
  for (const { type, step, event } of replayed(context.config, plugin.decision, context.options)) {
    if (step.tally === undefined || step.quorum === undefined) continue;
    if (!boundary) {
      boundary = true;
      const needed = Number(step.quorum.needed);
      for (const count of [needed - 1, needed]) {
        if (count < 0 || count > members.length) continue;
        const votes = members.slice(0, count).map((member) => ({ address: member, option: voteOption.for }));
        const closed = await closedVote(context, address, members[0]!, votes, abi);
        const real =
          closed === undefined
            ? { minVotingPower: 'createProposal reverted', participation: 'createProposal reverted' }
            : { minVotingPower: String(closed.minVotingPower), participation: String(closed.participation) };
        checks.push(
          compare(
            0,
            `${count} of ${members.length} members voting yes at a quorum of ${needed}: participation ${real.participation}`,
            { minVotingPower: String(needed), participation: String(count >= needed) },
            real,
          ),
        );
      }
    }
    scenario++;
    const memberOf = (holder: number) => {
      const wanted = event.electorate.holders[holder]!.address.toLowerCase();
      return members.find((member) => member.toLowerCase() === wanted);
    };
    const votes = event.votes.map((vote) => ({
      address: memberOf(vote.holder),
      option: voteOption[vote.support],
    }));
    if (votes.some((vote) => vote.address === undefined)) {
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
    const closed = await closedVote(
      context,
      address,
      members[0]!,
      votes as { address: Address; option: number }[],
      abi,
    );
    if (closed === undefined) {
      checks.push(
        compare(scenario, `${type}: createProposal reverted`, { created: 'true' }, { created: 'false' }),
      );
      continue;
    }
    const { tally } = closed;
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
      passes: String(closed.executed),
    };
    const short = [
      closed.support ? undefined : 'support not over the threshold',
      closed.participation ? undefined : `participation below ${closed.minVotingPower}`,
    ].filter((reason) => reason !== undefined);
    checks.push(
      compare(
        scenario,
        `${type}: ${tally.yes} yes, ${tally.no} no, ${tally.abstain} abstain of ${members.length} members: ${closed.executed ? 'executed' : `not executed (${short.join(', ')})`}`,
        simulator,
        real,
      ),
    );
  }
  return { unit: plugin.decision, deployed, checks };
}
