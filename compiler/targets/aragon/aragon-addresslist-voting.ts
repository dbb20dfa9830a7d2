import { type Address, encodeAbiParameters, getAddress, type Hex } from 'viem';
import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { say } from '../../diagnostics/say.ts';
import { nodeNameWords } from '../../format/node-name-words.ts';
import type { CharterNode, MajorityVoteNode, ProposalNode } from '../../generated/charter-document.ts';
import { compareDecimals, parseDecimal } from '../../units/decimal.ts';
import type { TargetResult } from '../target-result.ts';
import { addresslistVotingInstallParameters } from './addresslist-voting-setup-abi.ts';
import { aragonRatio } from './aragon-ratio.ts';
import type { AragonVotingSettings } from './aragon-token-voting.ts';
import { majorityVotingChecks } from './majority-voting-checks.ts';
import { type AragonPluginBuild, addresslistVotingBuild2 } from './plugin-build.ts';

/** What {@link aragonAddresslistVoting} reads: nodes of a validated document with its defaults filled in. */
export interface AragonAddresslistVotingInput {
  /** The majority vote to run on AddresslistVoting. */
  vote: MajorityVoteNode;
  /** The node feeding the vote's `voters` port: a list of members (its Aragon part is `member-list`). */
  voters: CharterNode;
  /** The listed members, as the voters' declaration gives them. */
  members: readonly string[];
  /** The field of `voters` the members are in, for diagnostics. */
  membersField: string;
  /** The proposal node whose proposals reach this vote. */
  proposal?: ProposalNode;
  /** The node feeding that proposal's `proposers` port, when one does. */
  proposers?: CharterNode | null;
}

/** What {@link aragonAddresslistVoting} gives: the plugin's settings, members and the install data of its setup. */
export interface AragonAddresslistVotingParameters {
  /** `minProposerVotingPower` is 1 when only listed members may propose, 0 when anyone may. */
  settings: AragonVotingSettings;
  /** The members, checksummed, in the order of the document: one vote each. */
  members: Address[];
  /** The `_data` of AddresslistVotingSetup.prepareInstallation, for {@link build}. */
  installData: Hex;
  /** Release 1, build 2: the AddresslistVoting npm `@aragon/osx@1.3.0` ships. */
  build: AragonPluginBuild;
}

const votingModes = { standard: 0, 'early-execution': 1, 'vote-replacement': 2 } as const;

/**
 * Aragon OSx AddresslistVoting settings (release 1, build 2, npm `@aragon/osx@1.3.0`) for a majority vote of listed
 * members, one vote each, with the `_data` its setup decodes. The plugin is MajorityVotingBase over an address list:
 *
 * - Its total voting power is the number of members listed at the proposal's snapshot block
 *   (`totalVotingPower` = `addresslistLengthAtBlock`), and createProposal fixes `minVotingPower` as
 *   `_applyRatioCeiled(that number, minParticipation)`: a quorum that is a share of the members, rounded up. For +
 *   Against + Abstain count toward it; there is no minimum approval, so a quorum counting For (or For and Abstain)
 *   only is refused, and so is an absolute number of people (the list can change between proposals).
 * - Support, the voting period (`minDuration`), the voting mode and what is refused (voting delay, late-quorum
 *   extension, super quorum) are TokenVoting's: {@link majorityVotingChecks}.
 * - `minProposerVotingPower`: createProposal reverts for an unlisted caller when it is not 0. So 1 when the proposal
 *   needs at most one vote (but some) from the members (only they may propose), 0 when it needs none (anyone may); more is refused, as no
 *   member has more than one vote, and so are proposers other than the members.
 * - Members listed twice are refused: `_addAddresses` reverts with InvalidAddresslistUpdate.
 */
export function aragonAddresslistVoting(
  input: AragonAddresslistVotingInput,
): TargetResult<AragonAddresslistVotingParameters> {
  const { vote, voters, proposal, proposers } = input;
  const p = vote.params;
  const name = nodeNameWords(vote);
  const diagnostics: Diagnostic[] = [];

  const members = input.members.map((member) => getAddress(member));
  const seen = new Set<string>();
  for (const member of members) {
    if (seen.has(member)) {
      diagnostics.push(
        createDiagnostic(
          'target-unsupported',
          say('aragon.addresslist-duplicate', { node: nodeNameWords(voters), address: member }),
          { nodeId: voters.id, field: input.membersField },
        ),
      );
      break;
    }
    seen.add(member);
  }

  if (p.quorumCounts !== 'all')
    diagnostics.push(
      createDiagnostic(
        'target-unsupported',
        say('aragon.addresslist-quorum-counts', {
          node: name,
          counted:
            p.quorumCounts === 'for'
              ? { en: 'For', ko: '찬성' }
              : { en: 'For and Abstain', ko: '찬성과 기권' },
        }),
        { nodeId: vote.id, field: 'params.quorumCounts' },
      ),
    );
  let minParticipation: number | undefined;
  if ('percent' in p.quorum) {
    const ratio = aragonRatio(p.quorum.percent, {
      name,
      nodeId: vote.id,
      field: 'params.quorum.percent',
      what: { en: 'the quorum', ko: '정족수' },
    });
    if ('diagnostic' in ratio) diagnostics.push(ratio.diagnostic);
    else minParticipation = ratio.parts;
  } else
    diagnostics.push(
      createDiagnostic(
        'target-unsupported',
        say('aragon.addresslist-absolute-quorum', { node: name, amount: p.quorum.absolute }),
        { nodeId: vote.id, field: 'params.quorum.absolute' },
      ),
    );

  const support = majorityVotingChecks(vote, name, diagnostics, 'AddresslistVoting');

  let minProposerVotingPower = 0n;
  if (proposal) {
    if (proposers && proposers.id !== voters.id)
      diagnostics.push(
        createDiagnostic(
          'target-unsupported',
          say('aragon.addresslist-other-proposers', {
            node: nodeNameWords(proposal),
            proposers: nodeNameWords(proposers),
            members: nodeNameWords(voters),
          }),
          { nodeId: proposal.id, port: 'proposers' },
        ),
      );
    else {
      // Whole votes as decimal text, compared exactly.
      const needed = proposal.params.minVotingPower;
      const value = parseDecimal(needed);
      if (value !== undefined && compareDecimals(value, parseDecimal('0')!) === 0)
        minProposerVotingPower = 0n;
      else if (value !== undefined && compareDecimals(value, parseDecimal('1')!) <= 0)
        minProposerVotingPower = 1n;
      else
        diagnostics.push(
          createDiagnostic(
            'target-unsupported',
            say('aragon.addresslist-proposer-power', { node: nodeNameWords(proposal), amount: needed }),
            { nodeId: proposal.id, field: 'params.minVotingPower' },
          ),
        );
    }
  }

  if (diagnostics.length > 0 || support === undefined || minParticipation === undefined)
    return { ok: false, diagnostics };
  const settings: AragonVotingSettings = {
    votingMode: votingModes[p.votingMode],
    supportThreshold: support,
    minParticipation,
    minDuration: BigInt(p.votingPeriod),
    minProposerVotingPower,
  };
  return {
    ok: true,
    parameters: {
      settings,
      members,
      installData: encodeAbiParameters(addresslistVotingInstallParameters, [settings, members]),
      build: addresslistVotingBuild2,
    },
  };
}
