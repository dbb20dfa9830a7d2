import { maxUint32, maxUint48 } from 'viem';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../compiler/diagnostics/diagnostic.ts';
import type { MajorityVoteParams } from '../../../compiler/generated/charter-document.ts';
import {
  type GovernorParametersInput,
  governorParameters,
} from '../../../compiler/targets/openzeppelin/governor-parameters.ts';
import type { GovernorParameters } from '../../../compiler/targets/openzeppelin/types.ts';
import { holders, mainnet, proposal, vote } from './nodes.ts';

/** A Compound- or Uniswap-like governor: 4 % of 1,000,000,000 ACME, 1 day delay, 7 day vote, 1,000,000 to propose. */
function input(overrides: Partial<GovernorParametersInput> = {}): GovernorParametersInput {
  return {
    name: 'ACME Governor',
    vote: vote({ quorum: { percent: '4' }, votingDelay: 86_400, votingPeriod: 604_800 }),
    electorate: holders({ decimals: 18, totalSupply: '1000000000' }),
    proposal: proposal({ minVotingPower: '1000000' }),
    chain: mainnet,
    ...overrides,
  };
}

function parameters(overrides: Partial<GovernorParametersInput> = {}): GovernorParameters {
  const result = governorParameters(input(overrides));
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.parameters;
}

function diagnostics(overrides: Partial<GovernorParametersInput> = {}): Diagnostic[] {
  const result = governorParameters(input(overrides));
  if (result.ok) throw new Error(`expected diagnostics, got ${JSON.stringify(result.parameters, String)}`);
  return result.diagnostics;
}

const withVote = (params: Partial<MajorityVoteParams>) =>
  vote({ quorum: { percent: '4' }, votingDelay: 86_400, votingPeriod: 604_800, ...params });

describe('governorParameters', () => {
  it('gives a Compound-like vote exactly: 7,200 and 50,400 blocks, 4/100, 10^24 base units to propose', () => {
    expect(parameters()).toEqual({
      name: 'ACME Governor',
      clockMode: 'blocknumber',
      votingDelay: 7200n,
      votingPeriod: 50_400n,
      proposalThreshold: 1_000_000n * 10n ** 18n,
      quorumNumerator: 4n,
      quorumDenominator: 100n,
      lateQuorumVoteExtension: 0n,
      quorumCounts: 'for+abstain',
      supportNumerator: 50n,
      supportDenominator: 100n,
    });
  });

  // CompoundGovernor (compound-finance/compound-governance, contracts/CompoundGovernor.sol): For alone toward a fixed
  // quorum of 400,000 COMP (script/CompoundGovernorConstants.sol: INITIAL_QUORUM = 400_000e18).
  it("takes Compound's rules as CharterCounting settings: For alone, 400,000 tokens fixed, 18 decimals", () => {
    const p = parameters({ vote: withVote({ quorumCounts: 'for', quorum: { absolute: '400000' } }) });
    expect([p.quorumCounts, p.fixedQuorum, p.quorumNumerator]).toEqual(['for', 400_000n * 10n ** 18n, 0n]);
    expect(parameters({ vote: withVote({ quorumCounts: 'all' }) }).quorumCounts).toBe('all');
    // An absolute quorum of 0 is the share 0: no fixed quorum, whose 0 the contract reads as "a share".
    const none = parameters({ vote: withVote({ quorum: { absolute: '0' } }) });
    expect([none.fixedQuorum, none.quorumNumerator]).toEqual([undefined, 0n]);
  });

  it('takes any support threshold below 100 % as its exact fraction: 50 however written is 50/100', () => {
    const support = (supportThreshold: string) => {
      const p = parameters({ vote: withVote({ supportThreshold }) });
      return [p.supportNumerator, p.supportDenominator];
    };
    expect(support('50.000')).toEqual([50n, 100n]);
    expect(support('76')).toEqual([76n, 100n]);
    expect(support('66.67')).toEqual([6667n, 10_000n]);
  });

  it('counts durations in seconds on a timestamp clock', () => {
    const p = parameters({ chain: { blockTime: 12, clockMode: 'timestamp' } });
    expect([p.clockMode, p.votingDelay, p.votingPeriod]).toEqual(['timestamp', 86_400n, 604_800n]);
  });

  it('rounds seconds to the nearest block, as the Contracts Wizard does', () => {
    // 2 s blocks (Base, OP Mainnet); 13 s at 2 s is 6.5 blocks, which rounds up.
    const p = parameters({
      vote: withVote({ votingDelay: 13 }),
      chain: { blockTime: 2, clockMode: 'blocknumber' },
    });
    expect([p.votingDelay, p.votingPeriod]).toEqual([7n, 302_400n]);
  });

  it('takes a duration of 0: no voting delay, no late-quorum extension', () => {
    const p = parameters({ vote: withVote({ votingDelay: 0, lateQuorumExtension: 0 }) });
    expect([p.votingDelay, p.lateQuorumVoteExtension]).toEqual([0n, 0n]);
  });

  it('keeps a quorum exact with a power-of-ten denominator', () => {
    const quorum = (percent: string) => {
      const p = parameters({ vote: withVote({ quorum: { percent } }) });
      return [p.quorumNumerator, p.quorumDenominator];
    };
    expect(quorum('4')).toEqual([4n, 100n]);
    expect(quorum('4.5')).toEqual([45n, 1000n]);
    expect(quorum('4.50')).toEqual([45n, 1000n]);
    expect(quorum('33.3333')).toEqual([333_333n, 1_000_000n]);
    expect(quorum('0')).toEqual([0n, 100n]);
    expect(quorum('100')).toEqual([100n, 100n]);
    expect(quorum('0.000000000000000001')).toEqual([1n, 10n ** 20n]);
  });

  it('converts the proposal threshold with the token decimals, 18 and 0', () => {
    expect(parameters({ proposal: proposal({ minVotingPower: '0.5' }) }).proposalThreshold).toBe(
      5n * 10n ** 17n,
    );
    const zeroDecimals = holders({ decimals: 0, totalSupply: '1000000000' });
    expect(parameters({ electorate: zeroDecimals }).proposalThreshold).toBe(1_000_000n);
    expect(parameters({ proposal: proposal({ minVotingPower: '0' }) }).proposalThreshold).toBe(0n);
  });

  it('maps the late-quorum extension to clock units', () => {
    const p = parameters({ vote: withVote({ lateQuorumExtension: 86_400 }) });
    expect(p.lateQuorumVoteExtension).toBe(7200n);
    // As long as the voting period is allowed (GovernorPreventLateQuorum 5.7's upper bound).
    expect(parameters({ vote: withVote({ lateQuorumExtension: 604_800 }) }).lateQuorumVoteExtension).toBe(
      50_400n,
    );
  });

  it('puts a super quorum over the quorum denominator, the finer of the two', () => {
    const p = parameters({ vote: withVote({ quorum: { percent: '4.5' }, superQuorum: '10' }) });
    expect([p.quorumNumerator, p.superQuorumNumerator, p.quorumDenominator]).toEqual([45n, 100n, 1000n]);
    const q = parameters({ vote: withVote({ quorum: { percent: '4' }, superQuorum: '33.3333' }) });
    expect([q.quorumNumerator, q.superQuorumNumerator, q.quorumDenominator]).toEqual([
      40_000n,
      333_333n,
      10n ** 6n,
    ]);
    const equal = parameters({ vote: withVote({ quorum: { percent: '4' }, superQuorum: '4' }) });
    expect([equal.quorumNumerator, equal.superQuorumNumerator]).toEqual([4n, 4n]);
    expect('superQuorumNumerator' in parameters()).toBe(false);
  });
});

describe('governorParameters at the uint32 voting period bound', () => {
  it('takes the largest voting period that fits uint32 and refuses one block more, without wrapping', () => {
    // One-second blocks make seconds and blocks the same number.
    const chain = { blockTime: 1, clockMode: 'blocknumber' } as const;
    const largest = Number(maxUint32);
    expect(parameters({ vote: withVote({ votingPeriod: largest }), chain }).votingPeriod).toBe(
      4_294_967_295n,
    );
    expect(diagnostics({ vote: withVote({ votingPeriod: largest + 1 }), chain })).toMatchObject([
      {
        code: 'target-out-of-range',
        severity: 'error',
        nodeId: 'vote',
        field: 'params.votingPeriod',
        message:
          'Token vote: a voting period of 49710 days 6 hours 28 minutes 16 seconds is 4,294,967,296 blocks at ' +
          "1 second a block, more than the 4,294,967,295 that OpenZeppelin's Governor can hold (uint32). " +
          'Make it at most 49710 days 6 hours 28 minutes 15 seconds.',
      },
    ]);
  });

  it('refuses one second more on a timestamp clock', () => {
    const chain = { blockTime: 12, clockMode: 'timestamp' } as const;
    const largest = Number(maxUint32);
    expect(parameters({ vote: withVote({ votingPeriod: largest }), chain }).votingPeriod).toBe(maxUint32);
    const [diagnostic] = diagnostics({ vote: withVote({ votingPeriod: largest + 1 }), chain });
    expect(diagnostic!.message).toContain('is 4,294,967,296 seconds, more than the 4,294,967,295');
  });

  it('finds the bound in a valid document: 1/16-second blocks, one second past 268,435,455 s', () => {
    // Within the document's 10-year cap on durations, yet past uint32 in blocks.
    const chain = { blockTime: 0.0625, clockMode: 'blocknumber' } as const;
    expect(parameters({ vote: withVote({ votingPeriod: 268_435_455 }), chain }).votingPeriod).toBe(
      4_294_967_280n,
    );
    const [diagnostic] = diagnostics({ vote: withVote({ votingPeriod: 268_435_456 }), chain });
    expect(diagnostic!.message).toBe(
      'Token vote: a voting period of 3106 days 21 hours 24 minutes 16 seconds is 4,294,967,296 blocks at ' +
        "0.0625 seconds a block, more than the 4,294,967,295 that OpenZeppelin's Governor can hold (uint32). " +
        'Make it at most 3106 days 21 hours 24 minutes 15 seconds.',
    );
  });

  it('refuses a voting period that rounds to 0 blocks (GovernorSettings reverts on 0)', () => {
    expect(diagnostics({ vote: withVote({ votingPeriod: 5 }) })).toMatchObject([
      {
        code: 'target-out-of-range',
        severity: 'error',
        nodeId: 'vote',
        field: 'params.votingPeriod',
        message:
          'Token vote: a voting period of 5 seconds is 0 blocks at 12 seconds a block, and ' +
          "OpenZeppelin's Governor rejects a voting period of 0 (GovernorInvalidVotingPeriod). " +
          'Make it at least 12 seconds.',
      },
    ]);
    // 6 s is half a block, which rounds up to one.
    expect(parameters({ vote: withVote({ votingPeriod: 6 }) }).votingPeriod).toBe(1n);
  });

  it('refuses a voting delay beyond uint48', () => {
    const chain = { blockTime: 12, clockMode: 'timestamp' } as const;
    const largest = Number(maxUint48);
    expect(parameters({ vote: withVote({ votingDelay: largest }), chain }).votingDelay).toBe(maxUint48);
    const [diagnostic] = diagnostics({ vote: withVote({ votingDelay: largest + 1 }), chain });
    expect([diagnostic!.code, diagnostic!.field]).toEqual(['target-out-of-range', 'params.votingDelay']);
    expect(diagnostic!.message).toContain(
      "is 281,474,976,710,656 seconds, more than the 281,474,976,710,655 that OpenZeppelin's Governor can hold (uint48).",
    );
  });
});

describe('governorParameters refuses what the Governor cannot express', () => {
  it('refuses a support threshold of 100 %, which no vote can pass', () => {
    expect(diagnostics({ vote: withVote({ supportThreshold: '100' }) })).toMatchObject([
      {
        code: 'target-out-of-range',
        severity: 'error',
        nodeId: 'vote',
        field: 'params.supportThreshold',
        message:
          "Token vote: For must be more than 100% of For + Against, which no vote can be, and Charter's Governor " +
          'rejects such a threshold (CharterInvalidCounting). Set "Support needed" below 100.',
      },
    ]);
  });

  it("refuses Aragon's voting modes rather than ignore them", () => {
    const [early] = diagnostics({ vote: withVote({ votingMode: 'early-execution' }) });
    expect([early!.code, early!.field]).toEqual(['target-unsupported', 'params.votingMode']);
    expect(early!.message).toBe(
      "Token vote: early execution ends a vote as soon as its outcome cannot change, which OpenZeppelin's Governor " +
        'does not do: its votes run to their deadline. The nearest it offers is a super quorum, which passes a vote ' +
        'early once For alone reaches it (GovernorSuperQuorum). Set "Voting mode" to standard to deploy it as an ' +
        'OpenZeppelin Governor.',
    );
    const [replacement] = diagnostics({ vote: withVote({ votingMode: 'vote-replacement' }) });
    expect(replacement!.message).toBe(
      "Token vote: vote replacement lets voters change their vote, but OpenZeppelin's Governor " +
        '(GovernorCountingSimple) takes one vote from each account and rejects a second (GovernorAlreadyCastVote). ' +
        'Set "Voting mode" to standard to deploy it as an OpenZeppelin Governor.',
    );
  });

  it('refuses a super quorum below the quorum', () => {
    expect(diagnostics({ vote: withVote({ quorum: { percent: '10' }, superQuorum: '9.5' }) })).toMatchObject([
      {
        code: 'target-out-of-range',
        severity: 'error',
        nodeId: 'vote',
        field: 'params.superQuorum',
        message:
          "Token vote: its super quorum (9.5%) is below its quorum (10%), and OpenZeppelin's " +
          'GovernorVotesSuperQuorumFraction rejects a super quorum below the quorum ' +
          '(GovernorInvalidSuperQuorumTooSmall). Raise the super quorum or lower the quorum.',
      },
    ]);
  });

  it('refuses a late-quorum extension longer than the voting period, or one that rounds to nothing', () => {
    const [longer] = diagnostics({ vote: withVote({ lateQuorumExtension: 604_812 }) });
    expect(longer!.message).toBe(
      'Token vote: a late-quorum extension of 7 days 12 seconds (50,401 blocks at 12 seconds a block) is longer ' +
        "than its voting period (50,400 blocks at 12 seconds a block), and OpenZeppelin's GovernorPreventLateQuorum " +
        'rejects an extension longer than the voting period. Make it at most 7 days.',
    );
    const [vanishing] = diagnostics({ vote: withVote({ lateQuorumExtension: 5 }) });
    expect(vanishing!.message).toBe(
      'Token vote: a late-quorum extension of 5 seconds is 0 blocks at 12 seconds a block, which would turn it ' +
        'off. Make it at least 12 seconds, or 0 to turn it off.',
    );
    expect([vanishing!.code, vanishing!.field]).toEqual([
      'target-out-of-range',
      'params.lateQuorumExtension',
    ]);
  });

  it('refuses token holders an ERC20Votes token cannot represent', () => {
    const found = diagnostics({
      electorate: holders(
        { decimals: 36, totalSupply: '1000000000000000000000000000000' },
        { standard: 'erc20-balance', delegation: false },
      ),
    });
    expect(found.map((d) => [d.code, d.nodeId, d.field])).toEqual([
      ['target-unsupported', 'holders', 'params.standard'],
      ['target-unsupported', 'holders', 'params.delegation'],
      ['target-out-of-range', 'holders', 'params.token.totalSupply'],
    ]);
    expect(found[2]!.message).toBe(
      'ACME holders: a total supply of 1,000,000,000,000,000,000,000,000,000,000 ACME with 36 decimals is more ' +
        "than an ERC20Votes token can hold (2^208 − 1 base units), so OpenZeppelin's Governor cannot count it. " +
        'Lower the supply or the decimals.',
    );
  });

  // COMP and UNI (compound-protocol contracts/Governance/Comp.sol, Uniswap/governance contracts/Uni.sol): getPriorVotes
  // on block numbers, balances in uint96, and no getPastTotalSupply, which a quorum as a share of supply needs.
  it('counts a Compound-style token with a quorum in tokens, and refuses what its votes cannot answer', () => {
    const comp = (token = {}) =>
      holders(
        { address: '0xc00e94Cb662C3520282E6f5717214004A7f26888', ...token },
        { standard: 'comp-votes' },
      );
    const fixed = withVote({ quorumCounts: 'for', quorum: { absolute: '400000' } });
    expect(parameters({ electorate: comp(), vote: fixed })).toMatchObject({
      clockMode: 'blocknumber',
      fixedQuorum: 400_000n * 10n ** 18n,
    });
    const share = diagnostics({ electorate: comp(), vote: withVote({ superQuorum: '10' }) });
    expect(share.map((d) => [d.code, d.nodeId, d.field])).toEqual([
      ['target-unsupported', 'vote', 'params.quorum'],
      ['target-unsupported', 'vote', 'params.superQuorum'],
    ]);
    expect(share[0]!.message).toBe(
      'ACME holders: ACME is a Compound-style vote token (getPriorVotes), which keeps no past total supply (it has ' +
        "no getPastTotalSupply), so Token vote's quorum of 4% of the supply cannot be read at the proposal's start " +
        "as OpenZeppelin's GovernorVotesQuorumFraction reads it. Reading totalSupply() when each vote is counted " +
        'instead would let tokens minted during a vote move the quorum (UNI can mint), so Charter refuses it. Give ' +
        'Token vote a quorum in tokens.',
    );
    // 2^96 − 1 base units is 79,228,162,514.264337593543950335 tokens of 18 decimals.
    const found = diagnostics({
      electorate: comp({ address: undefined, totalSupply: '79228162514.264337593543950336' }),
      vote: fixed,
      chain: { blockTime: 12, clockMode: 'timestamp' },
    });
    expect(found.map((d) => [d.code, d.field])).toEqual([
      ['target-unsupported', 'params.standard'],
      ['target-unsupported', 'params.token.address'],
      ['target-out-of-range', 'params.token.totalSupply'],
    ]);
    expect(
      parameters({ electorate: comp({ totalSupply: '79228162514.264337593543950335' }), vote: fixed })
        .fixedQuorum,
    ).toBe(400_000n * 10n ** 18n);
  });

  it('refuses a proposal threshold too precise for the token or beyond uint256', () => {
    const zeroDecimals = holders({ decimals: 0 });
    expect(
      diagnostics({ electorate: zeroDecimals, proposal: proposal({ minVotingPower: '0.5' }) }),
    ).toMatchObject([
      {
        code: 'too-precise',
        severity: 'error',
        nodeId: 'propose',
        field: 'params.minVotingPower',
        message:
          'Proposal: 0.5 has more decimal places than ACME, which has no decimals, so it cannot be counted exactly. Round it.',
      },
    ]);
    const huge = proposal({ minVotingPower: '1'.padEnd(60, '0') });
    const [beyond] = diagnostics({ electorate: holders({ decimals: 36 }), proposal: huge });
    expect([beyond!.code, beyond!.field]).toEqual(['target-out-of-range', 'params.minVotingPower']);
  });

  it('reports every problem at once, and then no parameters', () => {
    const result = governorParameters(
      input({ vote: withVote({ votingMode: 'vote-replacement', supportThreshold: '100', votingPeriod: 1 }) }),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.diagnostics.map((d) => d.field)).toEqual([
      'params.supportThreshold',
      'params.votingMode',
      'params.votingPeriod',
    ]);
  });
});
