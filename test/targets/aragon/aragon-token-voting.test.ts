import { decodeAbiParameters, zeroAddress } from 'viem';
import { describe, expect, it } from 'vitest';
import type { CharterNode, MajorityVoteParams } from '../../../compiler/generated/charter-document.ts';
import {
  type AragonTokenVotingInput,
  aragonTokenVoting,
} from '../../../compiler/targets/aragon/aragon-token-voting.ts';
import { tokenVotingInstallData } from '../../../compiler/targets/aragon/token-voting-install-data.ts';
import { tokenVotingInstallParameters } from '../../../compiler/targets/aragon/token-voting-setup-abi.ts';
import { tokenVotingInstallParametersBuild4 } from '../../../compiler/targets/aragon/token-voting-setup-abi-build-4.ts';
import { accounts, node, tokenAddress } from './nodes.ts';

const holders = (token: object = {}, params: object = {}) =>
  node(
    'token-holders',
    'holders',
    {
      token: {
        name: 'Acme',
        symbol: 'ACME',
        decimals: 18,
        totalSupply: '1000000000',
        address: tokenAddress,
        ...token,
      },
      ...params,
    },
    'ACME holders',
  );

/** Aragon's usual DAO: 4 % of all votes, simple majority, 7 days, no delay, 1,000,000 ACME to propose. */
const vote = (params: Partial<MajorityVoteParams> = {}) =>
  node(
    'majority-vote',
    'vote',
    { quorum: { percent: '4' }, quorumCounts: 'all', votingDelay: 0, votingPeriod: 604_800, ...params },
    'Token vote',
  );

const proposal = node('proposal', 'propose', { types: ['treasury-transfer'], minVotingPower: '1000000' });

function input(overrides: Partial<AragonTokenVotingInput> = {}): AragonTokenVotingInput {
  return { vote: vote(), voters: holders(), proposal, ...overrides };
}

function ok(overrides: Partial<AragonTokenVotingInput> = {}) {
  const result = aragonTokenVoting(input(overrides));
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.parameters;
}

function messages(overrides: Partial<AragonTokenVotingInput> = {}): string[] {
  const result = aragonTokenVoting(input(overrides));
  if (result.ok) throw new Error(`expected diagnostics, got ${JSON.stringify(result.parameters, String)}`);
  return result.diagnostics.map((d) => `${d.code} ${d.field ?? d.port ?? ''}: ${d.message}`);
}

describe('aragonTokenVoting', () => {
  it('gives exact VotingSettings in parts of 10^6, seconds and base units', () => {
    expect(ok()).toEqual({
      settings: {
        votingMode: 0,
        supportThreshold: 500_000,
        minParticipation: 40_000,
        minDuration: 604_800n,
        minProposerVotingPower: 1_000_000n * 10n ** 18n,
      },
      minApprovals: 0n,
      token: tokenAddress,
      installData: expect.stringMatching(/^0x[0-9a-f]+$/),
      build: {
        repo: 'aragon/token-voting-plugin',
        release: 1,
        build: 3,
        tag: 'v1.3',
        commit: '30b1218de64c29c78932f95f29a0e1863779372c',
      },
      currentBuild: {
        repo: 'aragon/token-voting-plugin',
        release: 1,
        build: 4,
        tag: 'v1.4.1',
        commit: '6cdbe8e825e414c13a4278c5000537911116a7c8',
        installData: expect.stringMatching(/^0x[0-9a-f]+$/),
      },
    });
  });

  // The tuple types TokenVotingSetup's `abi.decode` names, copied by hand from the Solidity (the struct fields of
  // MajorityVotingBase.VotingSettings, TokenSettings, GovernanceERC20.MintSettings, IPlugin.TargetConfig): v1.3
  // src/TokenVotingSetup.sol prepareInstallation, and v1.4.1 decodeInstallationParameters. (v1.4.1's published
  // script/metadata/build-metadata.json lists MintSettings without `ensureDelegationOnMint`, which its Solidity has.)
  const build3Types =
    '(uint8,uint32,uint32,uint64,uint256),(address,string,string),(address[],uint256[]),(address,uint8),uint256,bytes';
  const build4Types =
    '(uint8,uint32,uint32,uint64,uint256),(address,string,string),(address[],uint256[],bool),(address,uint8),' +
    'uint256,bytes,address[]';
  type Param = { type: string; components?: readonly Param[] };
  const types = (params: readonly Param[]): string =>
    params.map((p) => (p.components ? `(${types(p.components)})${p.type.slice(5)}` : p.type)).join(',');

  it('says which build its install data is for, and gives the current build 4 layout as well', () => {
    expect(types(tokenVotingInstallParameters)).toBe(build3Types);
    expect(types(tokenVotingInstallParametersBuild4)).toBe(build4Types);
    const { installData, currentBuild } = ok();
    expect(currentBuild.installData).not.toBe(installData);
    expect(decodeAbiParameters(tokenVotingInstallParametersBuild4, currentBuild.installData)).toEqual([
      {
        votingMode: 0,
        supportThreshold: 500_000,
        minParticipation: 40_000,
        minDuration: 604_800n,
        minProposerVotingPower: 10n ** 24n,
      },
      { addr: tokenAddress, name: 'Acme', symbol: 'ACME' },
      { receivers: [], amounts: [], ensureDelegationOnMint: false },
      { target: zeroAddress, operation: 0 },
      0n,
      '0x',
      [],
    ]);
  });

  it('refuses a plain ERC-20, which TokenVotingSetup would wrap in a new token only depositors vote with', () => {
    expect(messages({ voters: holders({}, { standard: 'erc20-balance' }) })).toEqual([
      "target-unsupported params.standard: Token vote: Aragon's TokenVotingSetup wraps ACME, a plain ERC-20 " +
        'without checkpointed votes, in a new governance token: only holders who deposit their ACME into it can ' +
        "vote or propose, and its quorum would be a share of the deposited ACME, not of ACME's whole supply as " +
        'these rules say. Use a token with checkpointed votes (ERC20Votes, standard "erc20-votes"), which Aragon ' +
        'uses as it is, or signal this vote on Snapshot, which reads plain balances.',
    ]);
    const noQuorum = vote({ quorum: { percent: '0' } });
    expect(messages({ vote: noQuorum, voters: holders({}, { standard: 'erc20-balance' }) })).toEqual([
      expect.stringContaining('the voting token would be that new wrapper, not ACME.'),
    ]);
  });

  it('refuses a Compound-style token (COMP, UNI) by name: TokenVoting reads IVotes, which it does not answer', () => {
    expect(messages({ voters: holders({}, { standard: 'comp-votes' }) })).toEqual([
      'target-unsupported params.standard: Token vote: ACME is a Compound-style vote token (getPriorVotes, ' +
        "getCurrentVotes), and Aragon's TokenVoting reads IVotes (getPastVotes, getPastTotalSupply), which it does " +
        'not answer: TokenVotingSetup would wrap it in a new governance token that only holders who deposit their ' +
        'ACME could vote with. Run this vote on an OpenZeppelin Governor, which reads getPriorVotes, or signal it ' +
        'on Snapshot (comp-like-votes).',
    ]);
  });

  it('encodes the install data as TokenVotingSetup v1.3 decodes it, in the existing-token form', () => {
    const { installData } = ok();
    expect(decodeAbiParameters(tokenVotingInstallParameters, installData)).toEqual([
      {
        votingMode: 0,
        supportThreshold: 500_000,
        minParticipation: 40_000,
        minDuration: 604_800n,
        minProposerVotingPower: 10n ** 24n,
      },
      { addr: tokenAddress, name: 'Acme', symbol: 'ACME' },
      { receivers: [], amounts: [] },
      { target: zeroAddress, operation: 0 },
      0n,
      '0x',
    ]);
  });

  it('encodes the new-token form with its mint settings', () => {
    const data = tokenVotingInstallData({
      settings: ok().settings,
      token: { name: 'Acme', symbol: 'ACME' },
      mint: { receivers: [accounts[0], accounts[1]], amounts: [600n, 400n] },
      minApprovals: 10_000n,
      metadata: '0x697066733a2f2f',
    });
    const [, token, mint, target, minApprovals, metadata] = decodeAbiParameters(
      tokenVotingInstallParameters,
      data,
    );
    expect({ token, mint, target, minApprovals, metadata }).toEqual({
      token: { addr: zeroAddress, name: 'Acme', symbol: 'ACME' },
      mint: { receivers: [accounts[0], accounts[1]], amounts: [600n, 400n] },
      target: { target: zeroAddress, operation: 0 },
      minApprovals: 10_000n,
      metadata: '0x697066733a2f2f',
    });
  });

  it("maps the voting modes to Aragon's enum", () => {
    expect(ok({ vote: vote({ votingMode: 'early-execution' }) }).settings.votingMode).toBe(1);
    expect(ok({ vote: vote({ votingMode: 'vote-replacement' }) }).settings.votingMode).toBe(2);
  });

  it('counts For only toward quorum with minApprovals, and every vote with minParticipation', () => {
    const forOnly = ok({ vote: vote({ quorumCounts: 'for' }) });
    expect([forOnly.settings.minParticipation, forOnly.minApprovals]).toEqual([0, 40_000n]);
    const decoded = decodeAbiParameters(tokenVotingInstallParameters, forOnly.installData);
    expect(decoded[4]).toBe(40_000n);
  });

  it('says why For + Abstain cannot count toward quorum on Aragon', () => {
    expect(messages({ vote: vote({ quorumCounts: 'for+abstain' }) })).toEqual([
      "target-unsupported params.quorumCounts: Token vote: Aragon's TokenVoting counts every vote (For, Against " +
        'and Abstain) toward its minimum participation and For alone toward its minimum approval, so it cannot ' +
        'count For and Abstain together as this vote does. Choose "all" or "for" for the votes that count toward ' +
        'quorum to use Aragon.',
    ]);
  });

  it('holds 33.3333 % exactly as 333333 and refuses 33.33333 %, naming the nearest it can hold', () => {
    expect(ok({ vote: vote({ supportThreshold: '33.3333' }) }).settings.supportThreshold).toBe(333_333);
    expect(ok({ vote: vote({ quorum: { percent: '33.3333' } }) }).settings.minParticipation).toBe(333_333);
    expect(messages({ vote: vote({ supportThreshold: '33.33333' }) })).toEqual([
      'target-out-of-range params.supportThreshold: Token vote: Aragon counts the support threshold in millionths ' +
        '(parts of 10^6), and 33.33333% is 333333.3 millionths, which it cannot hold. Use 33.3333% or 33.3334%.',
    ]);
    expect(messages({ vote: vote({ quorum: { percent: '0.00001' } }) })).toEqual([
      'target-out-of-range params.quorum.percent: Token vote: Aragon counts the quorum in millionths (parts of ' +
        '10^6), and 0.00001% is 0.1 millionths, which it cannot hold. Use 0% or 0.0001%.',
    ]);
  });

  it('takes a support threshold up to 99.9999 % and refuses 100 %, which no vote could pass', () => {
    expect(ok({ vote: vote({ supportThreshold: '99.9999' }) }).settings.supportThreshold).toBe(999_999);
    expect(messages({ vote: vote({ supportThreshold: '100' }) })).toEqual([
      'target-out-of-range params.supportThreshold: Token vote: Aragon needs the support threshold below 100% ' +
        '(at most 99.9999%): For must be strictly more than 100% of For + Against, which no vote can reach.',
    ]);
    expect(ok({ vote: vote({ quorum: { percent: '100' } }) }).settings.minParticipation).toBe(1_000_000);
    expect(ok({ vote: vote({ quorum: { percent: '0' } }) }).settings.minParticipation).toBe(0);
  });

  it('keeps minDuration within [1 hour, 365 days], at and just beyond each edge', () => {
    expect(ok({ vote: vote({ votingPeriod: 3_600 }) }).settings.minDuration).toBe(3_600n);
    expect(ok({ vote: vote({ votingPeriod: 31_536_000 }) }).settings.minDuration).toBe(31_536_000n);
    expect(messages({ vote: vote({ votingPeriod: 3_599 }) })).toEqual([
      "target-out-of-range params.votingPeriod: Token vote: Aragon's TokenVoting needs a voting period of at " +
        'least 1 hour; this vote lasts 59 minutes 59 seconds.',
    ]);
    expect(messages({ vote: vote({ votingPeriod: 31_536_001 }) })).toEqual([
      "target-out-of-range params.votingPeriod: Token vote: Aragon's TokenVoting takes a voting period of at " +
        'most 365 days; this vote lasts 365 days 1 second.',
    ]);
  });

  it('says what Aragon cannot express: a voting delay, a late-quorum extension, a super quorum', () => {
    expect(
      messages({ vote: vote({ votingDelay: 86_400, lateQuorumExtension: 7_200, superQuorum: '20' }) }),
    ).toEqual([
      "target-unsupported params.votingDelay: Token vote: Aragon's TokenVoting has no voting delay: voting opens " +
        'when the proposal is created, and the plugin does not enforce a later start. Set the voting delay (now ' +
        '1 day) to 0 to use Aragon.',
      "target-unsupported params.lateQuorumExtension: Token vote: Aragon's TokenVoting cannot extend a vote when " +
        'quorum is reached late. Set the late-quorum extension (now 2 hours) to 0 to use Aragon.',
      "target-unsupported params.superQuorum: Token vote: Aragon's TokenVoting has no super quorum that ends a " +
        'vote early once For reaches 20% of the supply (its early execution waits until the outcome cannot ' +
        'change). Remove the super quorum to use Aragon.',
    ]);
  });

  it('turns an absolute quorum into a share of the supply only when it is a whole number of millionths', () => {
    expect(ok({ vote: vote({ quorum: { absolute: '40000' } }) }).settings.minParticipation).toBe(40);
    expect(ok({ vote: vote({ quorum: { absolute: '1000000000' } }) }).settings.minParticipation).toBe(
      1_000_000,
    );
    const small = holders({ totalSupply: '1000000' });
    expect(
      ok({ voters: small, vote: vote({ quorum: { absolute: '40000' } }) }).settings.minParticipation,
    ).toBe(40_000);
    expect(messages({ voters: small, vote: vote({ quorum: { absolute: '40000.5' } }) })).toEqual([
      'target-out-of-range params.quorum.absolute: Token vote: Aragon sets the quorum as a share of the ' +
        "token's supply in millionths (parts of 10^6), and 40,000.5 ACME of 1,000,000 ACME is 40000.5 " +
        'millionths, which it cannot hold. Use a quorum of 4% or 4.0001%.',
    ]);
    expect(
      messages({ voters: small, vote: vote({ quorum: { absolute: '1000000.000000000000000001' } }) }),
    ).toEqual([
      'target-out-of-range params.quorum.absolute: Token vote: the quorum of 1,000,000.000000000000000001 ACME ' +
        "is more than the whole supply of 1,000,000 ACME, so Aragon's quorum, a share of the supply, cannot " +
        'reach it.',
    ]);
  });

  it('counts the voting power to propose in base units, for 18 and for 0 decimals', () => {
    const plain = holders({ decimals: 0, totalSupply: '1000' });
    const five = node('proposal', 'propose', { types: ['grant'], minVotingPower: '5' });
    expect(ok({ voters: plain, proposal: five }).settings.minProposerVotingPower).toBe(5n);
    expect(ok({ proposal: undefined }).settings.minProposerVotingPower).toBe(0n);
  });

  it('needs ERC-20 token holders with a contract address as voters', () => {
    const signers = node('signers', 'council', { signers: [accounts[0], accounts[1]] }, 'Council');
    expect(messages({ voters: signers })).toEqual([
      "target-unsupported voters: Token vote: Aragon's TokenVoting needs ERC-20 token holders as voters, and " +
        "Council are not. (A list of members or signers votes on Aragon's AddresslistVoting, one vote each, or " +
        'approves on its Multisig.)',
    ]);
    const quadratic = node('weighting', 'sqrt', { mode: 'quadratic' }, 'Square root');
    expect(messages({ voters: quadratic })).toEqual([
      'target-unsupported voters: Token vote: Square root: Aragon OSx cannot run square-root (quadratic) ' +
        'weighting: it counts one vote per token. Remove the weighting to count plain token votes; for one vote ' +
        'per person, let Members vote instead.',
    ]);
    const undeployed = holders({ address: undefined });
    delete (undeployed.params.token as { address?: string }).address;
    expect(messages({ voters: undeployed })).toEqual([
      "target-unsupported params.token.address: ACME holders: Aragon's TokenVoting needs the address of the ACME " +
        'contract. Without one Aragon deploys a new token and must be told who receives its 1,000,000,000 ' +
        "ACME, which the rules do not say. Add the token's address.",
    ]);
  });

  it('refuses proposers from another electorate', () => {
    const council = node('signers', 'council', { signers: [accounts[0]] }, 'Council') as CharterNode;
    expect(messages({ proposers: council })).toEqual([
      'target-unsupported proposers: Proposal "propose": Aragon\'s TokenVoting lets anyone with enough of the voting token ' +
        'propose; it cannot take proposers from Council, who are not ACME holders.',
    ]);
  });
});
