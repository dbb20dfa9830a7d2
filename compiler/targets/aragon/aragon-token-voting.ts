import { type Address, getAddress, type Hex } from 'viem';
import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { type Said, say } from '../../diagnostics/say.ts';
import { formatAmount } from '../../format/format-amount.ts';
import { koreanParticle } from '../../format/korean-particle.ts';
import { nodeNameWords } from '../../format/node-name-words.ts';
import type {
  CharterNode,
  MajorityVoteNode,
  ProposalNode,
  TokenHoldersNode,
} from '../../generated/charter-document.ts';
import { bindNode } from '../../nodes/bind-node.ts';
import type { Localized } from '../../nodes/node-kind.ts';
import { isRefusal } from '../../nodes/target-support.ts';
import { percentToFraction } from '../../units/percent-to-fraction.ts';
import { toBaseUnits } from '../../units/to-base-units.ts';
import type { TargetResult } from '../target-result.ts';
import { aragonRatio } from './aragon-ratio.ts';
import { formatMillionths } from './format-millionths.ts';
import { majorityVotingChecks } from './majority-voting-checks.ts';
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
  const name = nodeNameWords(vote);
  const diagnostics: Diagnostic[] = [];
  const unsupported = (message: Said, field?: string) =>
    diagnostics.push(createDiagnostic('target-unsupported', message, { nodeId: vote.id, field }));

  const holders = tokenHolders(voters, name, vote.id, diagnostics);
  const supply = holders ? toBaseUnits(holders.params.token.totalSupply, holders.params.token.decimals) : 0n;

  if (p.quorumCounts === 'for+abstain')
    unsupported(say('aragon.quorum-counts', { node: name }), 'params.quorumCounts');
  const quorum = quorumParts(p, holders, supply, name, vote.id, diagnostics);

  const support = majorityVotingChecks(vote, name, diagnostics, 'TokenVoting');

  let minProposerVotingPower = 0n;
  if (proposal && holders) {
    if (proposers && proposers.id !== holders.id)
      diagnostics.push(
        createDiagnostic(
          'target-unsupported',
          say('aragon.other-proposers', {
            node: nodeNameWords(proposal),
            proposers: nodeNameWords(proposers),
            holders: nodeNameWords(holders),
          }),
          { nodeId: proposal.id, port: 'proposers' },
        ),
      );
    // Only in the voting token's decimals when the voting token is what proposers hold: another electorate's
    // amount may have more decimals than this token can count, and is refused above anyway.
    else minProposerVotingPower = toBaseUnits(proposal.params.minVotingPower, holders.params.token.decimals);
  }

  if (holders) wrappedTokenCheck(holders, p, name, diagnostics);

  if (diagnostics.length > 0 || !holders || !quorum || support === undefined)
    return { ok: false, diagnostics };
  const token = getAddress(holders.params.token.address!);
  const settings: AragonVotingSettings = {
    votingMode: votingModes[p.votingMode],
    supportThreshold: support,
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
  name: Localized,
  diagnostics: Diagnostic[],
): void {
  if (holders.params.standard === 'erc20-votes') return;
  const { symbol } = holders.params.token;
  // A Compound-style token (COMP, UNI) answers getPriorVotes, not IVotes: TokenVotingSetup would wrap it as well.
  if (holders.params.standard === 'comp-votes') {
    diagnostics.push(
      createDiagnostic('target-unsupported', say('aragon.comp-votes', { node: name, symbol }), {
        nodeId: holders.id,
        field: 'params.standard',
      }),
    );
    return;
  }
  const quorumAboveZero =
    'percent' in p.quorum
      ? percentToFraction(p.quorum.percent).numerator > 0n
      : /[1-9]/.test(p.quorum.absolute);
  const counted = quorumAboveZero
    ? {
        en: `its quorum would be a share of the deposited ${symbol}, not of ${symbol}'s whole supply as these rules say`,
        ko: `정족수는 규칙에 적힌 ${symbol} 전체 공급량이 아니라 예치된 ${symbol}의 비율이 됩니다`,
      }
    : {
        en: `the voting token would be that new wrapper, not ${symbol}`,
        ko: `투표 토큰은 ${koreanParticle(symbol, '이', '가')} 아니라 그 새 래퍼가 됩니다`,
      };
  diagnostics.push(
    createDiagnostic('target-unsupported', say('aragon.wrapped-token', { node: name, symbol, counted }), {
      nodeId: holders.id,
      field: 'params.standard',
    }),
  );
}

/** The token holders behind a vote, with a diagnostic when the voters are anything else or have no address. */
function tokenHolders(
  voters: CharterNode | null,
  name: Localized,
  nodeId: string,
  diagnostics: Diagnostic[],
): TokenHoldersNode | undefined {
  const where = { nodeId, port: 'voters' };
  if (!voters) {
    diagnostics.push(createDiagnostic('target-unsupported', say('aragon.no-voters', { node: name }), where));
    return undefined;
  }
  const answer = bindNode(voters).target('aragon', { exits: [], feeds: ['voters'], anchor: false });
  if (isRefusal(answer) || answer.part !== 'voting-token') {
    const message = isRefusal(answer)
      ? say('target.refused-electorate', {
          node: name,
          electorate: nodeNameWords(voters),
          reason: answer.reason,
          instead: answer.instead,
        })
      : say('aragon.not-token-holders', { node: name, voters: nodeNameWords(voters) });
    diagnostics.push(createDiagnostic('target-unsupported', message, where));
    return undefined;
  }
  const holders = answer.node;
  if (holders.params.token.address === undefined) {
    const { symbol, totalSupply } = holders.params.token;
    diagnostics.push(
      createDiagnostic(
        'target-unsupported',
        say('aragon.no-token-address', {
          node: nodeNameWords(holders),
          symbol,
          supply: formatAmount(totalSupply, symbol),
        }),
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
  name: Localized,
  nodeId: string,
  diagnostics: Diagnostic[],
): { parts: number; counts: 'all' | 'for' } | undefined {
  if (p.quorumCounts === 'for+abstain') return undefined;
  const counts = p.quorumCounts;
  const field = 'percent' in p.quorum ? 'params.quorum.percent' : 'params.quorum.absolute';
  if ('percent' in p.quorum) {
    const ratio = aragonRatio(p.quorum.percent, {
      name,
      nodeId,
      field,
      what: { en: 'the quorum', ko: '정족수' },
    });
    if ('diagnostic' in ratio) {
      diagnostics.push(ratio.diagnostic);
      return undefined;
    }
    return { parts: ratio.parts, counts };
  }
  if (!holders) return undefined;
  const { symbol, decimals, totalSupply } = holders.params.token;
  const amount = formatAmount(p.quorum.absolute, symbol);
  const outOfRange = (message: Said) => {
    diagnostics.push(createDiagnostic('target-out-of-range', message, { nodeId, field }));
    return undefined;
  };
  if (supply === 0n) return outOfRange(say('aragon.zero-supply', { node: name, symbol }));
  const scaled = toBaseUnits(p.quorum.absolute, decimals) * ratioBase;
  if (scaled > supply * ratioBase)
    return outOfRange(
      say('aragon.quorum-above-supply', { node: name, amount, supply: formatAmount(totalSupply, symbol) }),
    );
  if (scaled % supply !== 0n) {
    const below = scaled / supply;
    return outOfRange(
      say('aragon.quorum-millionths', {
        node: name,
        amount,
        supply: formatAmount(totalSupply, symbol),
        exact: formatMillionths(scaled, supply),
        below: formatMillionths(below, 10_000n),
        above: formatMillionths(below + 1n, 10_000n),
      }),
    );
  }
  return { parts: Number(scaled / supply), counts };
}
