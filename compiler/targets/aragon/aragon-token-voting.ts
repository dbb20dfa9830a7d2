import { type Address, getAddress, type Hex } from 'viem';
import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { formatAmount } from '../../format/format-amount.ts';
import { formatDuration } from '../../format/format-duration.ts';
import { formatPercent } from '../../format/format-percent.ts';
import { nodeName } from '../../format/node-name.ts';
import type {
  CharterNode,
  MajorityVoteNode,
  ProposalNode,
  TokenHoldersNode,
} from '../../generated/charter-document.ts';
import { bindNode } from '../../nodes/bind-node.ts';
import { isRefusal } from '../../nodes/target-support.ts';
import { percentToFraction } from '../../units/percent-to-fraction.ts';
import { toBaseUnits } from '../../units/to-base-units.ts';
import type { TargetResult } from '../target-result.ts';
import { aragonRatio } from './aragon-ratio.ts';
import { formatMillionths } from './format-millionths.ts';
import { type AragonPluginBuild, tokenVotingBuild3, tokenVotingBuild4 } from './plugin-build.ts';
import { ratioBase } from './ratio-base.ts';
import { tokenVotingInstallData } from './token-voting-install-data.ts';

/**
 * TokenVoting's `VotingSettings`, in the types viem encodes them with
 * (aragon/token-voting-plugin, packages/contracts/src/MajorityVotingBase.sol).
 */
export interface AragonVotingSettings {
  /** 0 Standard, 1 EarlyExecution, 2 VoteReplacement (`enum VotingMode`). */
  votingMode: 0 | 1 | 2;
  /** uint32, parts of 10^6, at most 999999: For must satisfy (10^6 − t)·For > t·Against. */
  supportThreshold: number;
  /** uint32, parts of 10^6, at most 10^6: For + Against + Abstain must reach this share of the supply. */
  minParticipation: number;
  /** uint64, seconds, within [3600, 31536000]: the shortest a vote may run. */
  minDuration: bigint;
  /** uint256, base units of the voting token: the voting power needed to propose. */
  minProposerVotingPower: bigint;
}

/** What {@link aragonTokenVoting} reads: nodes of a validated document with its defaults filled in. */
export interface AragonTokenVotingInput {
  /** The majority vote to run on TokenVoting. */
  vote: MajorityVoteNode;
  /** The node feeding the vote's `voters` port. */
  voters: CharterNode | null;
  /** The proposal node whose proposals reach this vote, for its voting power to propose. */
  proposal?: ProposalNode;
  /** The node feeding that proposal's `proposers` port, when one does. */
  proposers?: CharterNode | null;
}

/** What {@link aragonTokenVoting} gives: TokenVoting's settings and the install data of its plugin setup. */
export interface AragonTokenVotingParameters {
  settings: AragonVotingSettings;
  /** uint256, parts of 10^6 of the supply that must vote For (TokenVoting v1.3 `minApprovals`). */
  minApprovals: bigint;
  /** Checksummed address of the voting token. */
  token: Address;
  /** The `_data` of TokenVotingSetup.prepareInstallation, in the existing-token form, for {@link build}. */
  installData: Hex;
  /** The TokenVoting version `installData` is for: release 1, build 3 (v1.3). */
  build: AragonPluginBuild;
  /**
   * The current build, release 1 build 4 (v1.4), whose setup decodes a different layout (seven parts: no accounts
   * excluded from the supply here), with its own `installData`. Install with the data of the build you choose.
   */
  currentBuild: AragonPluginBuild & { installData: Hex };
}

/** MajorityVotingBase._updateVotingSettings: `minDuration < 60 minutes` and `> 365 days` revert. */
const minDurationBounds = { least: 3_600, most: 31_536_000 } as const;
/** MajorityVotingBase._updateVotingSettings: `supportThreshold > RATIO_BASE - 1` reverts. */
const mostSupportThreshold = Number(ratioBase) - 1;
const votingModes = { standard: 0, 'early-execution': 1, 'vote-replacement': 2 } as const;

/**
 * Aragon OSx TokenVoting settings (release 1, build 3) for a majority vote, with the `_data` its plugin setup
 * decodes. Every conversion is exact; what Aragon cannot express comes back as a diagnostic naming the node:
 *
 * - Support: Aragon passes when (RATIO_BASE − supportThreshold)·Yes > supportThreshold·No
 *   (MajorityVotingBase.isSupportThresholdReached), which is For > t·(For + Against): Charter's rule exactly.
 *   `supportThreshold` is the percentage in parts of 10^6 and must be at most 999999.
 * - Quorum: Aragon counts For + Against + Abstain toward `minParticipation` (isMinParticipationReached) and For
 *   alone toward `minApprovals` (isMinApprovalReached), each against ceil(ratio · total supply / 10^6) taken when
 *   the proposal is created (TokenVoting.createProposal, `_applyRatioCeiled`). Counting `all` maps to
 *   minParticipation, counting `for` to minApprovals; For + Abstain has no equivalent. An absolute quorum becomes
 *   a share of the token's supply, only when that share is a whole number of millionths.
 * - `minDuration` is the voting period in seconds, within [1 hour, 365 days]. Aragon has no voting delay, late-quorum
 *   extension or super quorum.
 * - `minProposerVotingPower` is the proposal node's voting power to propose, in base units of the voting token.
 */
export function aragonTokenVoting(input: AragonTokenVotingInput): TargetResult<AragonTokenVotingParameters> {
  const { vote, voters, proposal, proposers } = input;
  const p = vote.params;
  const name = nodeName(vote);
  const diagnostics: Diagnostic[] = [];
  const unsupported = (message: string, field?: string) =>
    diagnostics.push(
      createDiagnostic('target-unsupported', `${name}: ${message}`, { nodeId: vote.id, field }),
    );
  const outOfRange = (message: string, field: string) =>
    diagnostics.push(
      createDiagnostic('target-out-of-range', `${name}: ${message}`, { nodeId: vote.id, field }),
    );

  const holders = tokenHolders(voters, name, vote.id, diagnostics);
  const supply = holders ? toBaseUnits(holders.params.token.totalSupply, holders.params.token.decimals) : 0n;

  if (p.quorumCounts === 'for+abstain')
    unsupported(
      "Aragon's TokenVoting counts every vote (For, Against and Abstain) toward its minimum participation and For " +
        'alone toward its minimum approval, so it cannot count For and Abstain together as this vote does. ' +
        'Choose "all" or "for" for the votes that count toward quorum to use Aragon.',
      'params.quorumCounts',
    );
  const quorum = quorumParts(p, holders, supply, name, vote.id, diagnostics);

  const support = aragonRatio(p.supportThreshold, {
    name,
    nodeId: vote.id,
    field: 'params.supportThreshold',
    what: 'the support threshold',
  });
  if ('diagnostic' in support) diagnostics.push(support.diagnostic);
  else if (support.parts > mostSupportThreshold)
    outOfRange(
      `Aragon needs the support threshold below 100% (at most 99.9999%): For must be strictly more than ` +
        `${formatPercent(p.supportThreshold)} of For + Against, which no vote can reach.`,
      'params.supportThreshold',
    );

  if (p.votingPeriod < minDurationBounds.least)
    outOfRange(
      `Aragon's TokenVoting needs a voting period of at least 1 hour; this vote lasts ` +
        `${formatDuration(p.votingPeriod)}.`,
      'params.votingPeriod',
    );
  if (p.votingPeriod > minDurationBounds.most)
    outOfRange(
      `Aragon's TokenVoting takes a voting period of at most 365 days; this vote lasts ` +
        `${formatDuration(p.votingPeriod)}.`,
      'params.votingPeriod',
    );
  if (p.votingDelay > 0)
    unsupported(
      `Aragon's TokenVoting has no voting delay: voting opens when the proposal is created, and the plugin ` +
        `does not enforce a later start. Set the voting delay (now ${formatDuration(p.votingDelay)}) to 0 to use Aragon.`,
      'params.votingDelay',
    );
  if (p.lateQuorumExtension > 0)
    unsupported(
      "Aragon's TokenVoting cannot extend a vote when quorum is reached late. Set the late-quorum extension " +
        `(now ${formatDuration(p.lateQuorumExtension)}) to 0 to use Aragon.`,
      'params.lateQuorumExtension',
    );
  if (p.superQuorum !== undefined)
    unsupported(
      `Aragon's TokenVoting has no super quorum that ends a vote early once For reaches ` +
        `${formatPercent(p.superQuorum)} of the supply (its early execution waits until the outcome cannot change). ` +
        'Remove the super quorum to use Aragon.',
      'params.superQuorum',
    );

  let minProposerVotingPower = 0n;
  if (proposal && holders) {
    if (proposers && proposers.id !== holders.id)
      diagnostics.push(
        createDiagnostic(
          'target-unsupported',
          `${nodeName(proposal)}: Aragon's TokenVoting lets anyone with enough of the voting token propose; it ` +
            `cannot take proposers from ${nodeName(proposers)}, who are not ${nodeName(holders)}.`,
          { nodeId: proposal.id, port: 'proposers' },
        ),
      );
    // Only in the voting token's decimals when the voting token is what proposers hold: another electorate's
    // amount may have more decimals than this token can count, and is refused above anyway.
    else minProposerVotingPower = toBaseUnits(proposal.params.minVotingPower, holders.params.token.decimals);
  }

  if (holders) wrappedTokenCheck(holders, p, name, diagnostics);

  if (diagnostics.length > 0 || !holders || !quorum || 'diagnostic' in support)
    return { ok: false, diagnostics };
  const token = getAddress(holders.params.token.address!);
  const settings: AragonVotingSettings = {
    votingMode: votingModes[p.votingMode],
    supportThreshold: support.parts,
    minParticipation: quorum.counts === 'all' ? quorum.parts : 0,
    minDuration: BigInt(p.votingPeriod),
    minProposerVotingPower,
  };
  const minApprovals = quorum.counts === 'for' ? BigInt(quorum.parts) : 0n;
  const install = {
    settings,
    token: { address: token, name: holders.params.token.name, symbol: holders.params.token.symbol },
    minApprovals,
  };
  const installData = tokenVotingInstallData(install);
  const currentBuild = {
    ...tokenVotingBuild4,
    installData: tokenVotingInstallData({ ...install, build: 4 }),
  };
  return {
    ok: true,
    parameters: {
      settings,
      minApprovals,
      token,
      installData,
      build: tokenVotingBuild3,
      currentBuild,
    },
  };
}

/**
 * A plain ERC-20 (`erc20-balance`) on TokenVoting is refused. TokenVotingSetup.prepareInstallation uses a token as it
 * is only when it answers IVotes' getPastTotalSupply, getVotes and getPastVotes (`supportsIVotesInterface`); any
 * other ERC-20 it wraps in a new GovernanceWrappedERC20 (aragon/token-voting-plugin src/TokenVotingSetup.sol, v1.3
 * and v1.4). Then only holders who deposit into the wrapper can vote or propose, and TokenVoting's total voting
 * power, of which minimum participation, minimum approval and early execution are shares, is what has been
 * deposited, not the token's supply the rules speak of.
 *
 * Fail closed: what the canvas shows (every holder's balance votes, quorum a share of the whole supply) is not what
 * would run. Even with no quorum the voting token would be a new contract the rules never name, and holders who do
 * not deposit would have no say: a difference a founder must choose, not one to pass with a warning that the output
 * would bury in parameters. (OpenZeppelin's Governor refuses a plain ERC-20 too.)
 */
function wrappedTokenCheck(
  holders: TokenHoldersNode,
  p: MajorityVoteNode['params'],
  name: string,
  diagnostics: Diagnostic[],
): void {
  if (holders.params.standard === 'erc20-votes') return;
  const { symbol } = holders.params.token;
  const quorumAboveZero =
    'percent' in p.quorum
      ? percentToFraction(p.quorum.percent).numerator > 0n
      : /[1-9]/.test(p.quorum.absolute);
  const counted = quorumAboveZero
    ? `its quorum would be a share of the deposited ${symbol}, not of ${symbol}'s whole supply as these rules say`
    : `the voting token would be that new wrapper, not ${symbol}`;
  diagnostics.push(
    createDiagnostic(
      'target-unsupported',
      `${name}: Aragon's TokenVotingSetup wraps ${symbol}, a plain ERC-20 without checkpointed votes, in a new ` +
        `governance token: only holders who deposit their ${symbol} into it can vote or propose, and ${counted}. ` +
        'Use a token with checkpointed votes (ERC20Votes, standard "erc20-votes"), which Aragon uses as it is, or ' +
        'signal this vote on Snapshot, which reads plain balances.',
      { nodeId: holders.id, field: 'params.standard' },
    ),
  );
}

/** The token holders behind a vote, with a diagnostic when the voters are anything else or have no address. */
function tokenHolders(
  voters: CharterNode | null,
  name: string,
  nodeId: string,
  diagnostics: Diagnostic[],
): TokenHoldersNode | undefined {
  const where = { nodeId, port: 'voters' };
  if (!voters) {
    diagnostics.push(
      createDiagnostic('target-unsupported', `${name}: has no voters to run on Aragon.`, where),
    );
    return undefined;
  }
  const answer = bindNode(voters).target('aragon', { exits: [], feeds: ['voters'], anchor: false });
  if (isRefusal(answer) || answer.part !== 'voting-token') {
    const message = isRefusal(answer)
      ? `${name}: ${nodeName(voters)}: ${answer.reason.en} ${answer.instead.en}`
      : `${name}: Aragon's TokenVoting needs ERC-20 token holders as voters, and ${nodeName(voters)} are not. ` +
        "(Aragon's Multisig plugin takes a list of addresses.)";
    diagnostics.push(createDiagnostic('target-unsupported', message, where));
    return undefined;
  }
  const holders = answer.node;
  if (holders.params.token.address === undefined) {
    const { symbol, totalSupply } = holders.params.token;
    diagnostics.push(
      createDiagnostic(
        'target-unsupported',
        `${nodeName(holders)}: Aragon's TokenVoting needs the address of the ${symbol} contract. Without one ` +
          `Aragon deploys a new token and must be told who receives its ${formatAmount(totalSupply, symbol)}, ` +
          "which the rules do not say. Add the token's address.",
        { nodeId: holders.id, field: 'params.token.address' },
      ),
    );
  }
  return holders;
}

/** The quorum in parts of 10^6 of the supply, and which votes count toward it, or undefined with a diagnostic. */
function quorumParts(
  p: MajorityVoteNode['params'],
  holders: TokenHoldersNode | undefined,
  supply: bigint,
  name: string,
  nodeId: string,
  diagnostics: Diagnostic[],
): { parts: number; counts: 'all' | 'for' } | undefined {
  if (p.quorumCounts === 'for+abstain') return undefined;
  const counts = p.quorumCounts;
  const field = 'percent' in p.quorum ? 'params.quorum.percent' : 'params.quorum.absolute';
  if ('percent' in p.quorum) {
    const ratio = aragonRatio(p.quorum.percent, { name, nodeId, field, what: 'the quorum' });
    if ('diagnostic' in ratio) {
      diagnostics.push(ratio.diagnostic);
      return undefined;
    }
    return { parts: ratio.parts, counts };
  }
  if (!holders) return undefined;
  const { symbol, decimals, totalSupply } = holders.params.token;
  const amount = formatAmount(p.quorum.absolute, symbol);
  const outOfRange = (message: string) => {
    diagnostics.push(createDiagnostic('target-out-of-range', `${name}: ${message}`, { nodeId, field }));
    return undefined;
  };
  if (supply === 0n)
    return outOfRange(`Aragon sets the quorum as a share of the supply, and ${symbol}'s total supply is 0.`);
  const scaled = toBaseUnits(p.quorum.absolute, decimals) * ratioBase;
  if (scaled > supply * ratioBase)
    return outOfRange(
      `the quorum of ${amount} is more than the whole supply of ${formatAmount(totalSupply, symbol)}, so ` +
        "Aragon's quorum, a share of the supply, cannot reach it.",
    );
  if (scaled % supply !== 0n) {
    const below = scaled / supply;
    return outOfRange(
      `Aragon sets the quorum as a share of the token's supply in millionths (parts of 10^6), and ${amount} of ` +
        `${formatAmount(totalSupply, symbol)} is ${formatMillionths(scaled, supply)} millionths, which it cannot ` +
        `hold. Use a quorum of ${formatMillionths(below, 10_000n)}% or ${formatMillionths(below + 1n, 10_000n)}%.`,
    );
  }
  return { parts: Number(scaled / supply), counts };
}
