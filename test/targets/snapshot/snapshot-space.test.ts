import { describe, expect, it } from 'vitest';
import type { CharterNode } from '../../../compiler/generated/charter-document.ts';
import { snapshotNumber } from '../../../compiler/targets/snapshot/snapshot-number.ts';
import { type SnapshotSpaceInput, snapshotSpace } from '../../../compiler/targets/snapshot/snapshot-space.ts';
import { accounts, node, tokenAddress } from '../aragon/nodes.ts';
import { validateSpace } from './space-schema.ts';

const holders = (token: object = {}, params: object = {}) =>
  node(
    'token-holders',
    'holders',
    {
      token: { symbol: 'ACME', decimals: 18, totalSupply: '1000000000', address: tokenAddress, ...token },
      ...params,
    },
    'ACME holders',
  );

/** A Snapshot-style token vote: every vote counts toward 4 %, simple majority, votes may change, 1 day + 7 days. */
const vote = (params: object = {}) =>
  node(
    'majority-vote',
    'vote',
    {
      quorum: { percent: '4' },
      quorumCounts: 'all',
      votingMode: 'vote-replacement',
      votingDelay: 86_400,
      votingPeriod: 604_800,
      ...params,
    },
    'Temperature check',
  );

const proposal = (minVotingPower = '1000') =>
  node('proposal', 'propose', { types: ['signal'], minVotingPower }, 'Proposal');

function input(overrides: Partial<SnapshotSpaceInput> = {}): SnapshotSpaceInput {
  return {
    name: 'ACME DAO',
    chain: { chainId: 1 },
    decision: vote(),
    voters: holders(),
    proposal: proposal(),
    ...overrides,
  };
}

function space(overrides: Partial<SnapshotSpaceInput> = {}) {
  const result = snapshotSpace(input(overrides));
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  expect(validateSpace(result.parameters.space)).toBe(true);
  return result.parameters.space;
}

function messages(overrides: Partial<SnapshotSpaceInput> = {}): string[] {
  const result = snapshotSpace(input(overrides));
  if (result.ok) throw new Error(`expected diagnostics, got ${JSON.stringify(result.parameters)}`);
  return result.diagnostics.map((d) => `${d.code} ${d.field ?? d.port ?? ''}: ${d.message}`);
}

describe('snapshotSpace', () => {
  it('gives the settings of a token-voting space, valid against snapshot.js, with the quorum in whole tokens', () => {
    expect(space()).toEqual({
      name: 'ACME DAO',
      network: '1',
      symbol: 'ACME',
      strategies: [
        {
          name: 'erc20-votes',
          network: '1',
          params: { address: tokenAddress, symbol: 'ACME', decimals: 18 },
        },
      ],
      validation: { name: 'basic', params: { minScore: 1000 } },
      voteValidation: { name: 'any', params: {} },
      voting: { delay: 86_400, period: 604_800, type: 'basic', quorum: 40_000_000 },
    });
  });

  it('takes a percentage quorum of the supply exactly, and an absolute one as it is', () => {
    expect(space({ voters: holders({ totalSupply: '1000000000.5' }) }).voting.quorum).toBe(40_000_000.02);
    expect(space({ decision: vote({ quorum: { percent: '33.3333' } }) }).voting.quorum).toBe(333_333_000);
    expect(space({ decision: vote({ quorum: { absolute: '12345.678' } }) }).voting.quorum).toBe(12_345.678);
    expect(space({ voters: holders({ decimals: 0, totalSupply: '1000' }) }).voting.quorum).toBe(40);
  });

  it('refuses a quorum that no JSON number holds exactly', () => {
    expect(messages({ voters: holders({ totalSupply: '1000000000000000000000.5' }) })).toEqual([
      'target-out-of-range params.quorum: Temperature check: Snapshot stores the quorum as a JSON number, which ' +
        'cannot hold 40,000,000,000,000,000,000.02 ACME exactly; it would read 40,000,000,000,000,000,000 ACME.',
    ]);
  });

  it("keeps the delay and period within snapshot.js's bounds, at and just beyond each", () => {
    expect(
      space({ decision: vote({ votingDelay: 2_592_000, votingPeriod: 31_622_400 }) }).voting,
    ).toMatchObject({
      delay: 2_592_000,
      period: 31_622_400,
    });
    expect(messages({ decision: vote({ votingDelay: 2_592_001, votingPeriod: 31_622_401 }) })).toEqual([
      'target-out-of-range params.votingDelay: Temperature check: Snapshot takes a voting delay of at most 30 ' +
        'days; this vote waits 30 days 1 second.',
      'target-out-of-range params.votingPeriod: Temperature check: Snapshot takes a voting period of at most 366 ' +
        'days; this one lasts 366 days 1 second.',
    ]);
  });

  it('says which majority-vote rules Snapshot runs differently', () => {
    expect(
      messages({
        decision: vote({
          quorumCounts: 'for+abstain',
          supportThreshold: '66.67',
          votingMode: 'standard',
          lateQuorumExtension: 86_400,
          superQuorum: '20',
        }),
      }),
    ).toEqual([
      'target-unsupported params.quorumCounts: Temperature check: Snapshot counts every vote (For, Against and ' +
        'Abstain) toward quorum, so it cannot count only For and Abstain as this vote does. Choose "all" for the ' +
        'votes that count toward quorum to use Snapshot.',
      'target-unsupported params.supportThreshold: Temperature check: Snapshot shows a basic proposal as passed ' +
        'when For beats Against, a support threshold of 50%; it cannot require 66.67%.',
      'target-unsupported params.votingMode: Temperature check: Snapshot lets voters change their vote until ' +
        'voting ends. Choose "vote-replacement" as the voting mode to use Snapshot.',
      'target-unsupported params.lateQuorumExtension: Temperature check: Snapshot cannot extend a vote when ' +
        'quorum is reached late. Set the late-quorum extension (now 1 day) to 0 to use Snapshot.',
      'target-unsupported params.superQuorum: Temperature check: Snapshot has no super quorum that ends a vote ' +
        'early. Remove the super quorum to use Snapshot.',
    ]);
    expect(messages({ decision: vote({ quorumCounts: 'for', votingMode: 'early-execution' }) })).toEqual([
      'target-unsupported params.quorumCounts: Temperature check: Snapshot counts every vote (For, Against and ' +
        'Abstain) toward quorum, so it cannot count only For as this vote does. Choose "all" for the votes that ' +
        'count toward quorum to use Snapshot.',
      'target-unsupported params.votingMode: Temperature check: Snapshot lets voters change their vote until ' +
        'voting ends and never ends a vote early. Choose "vote-replacement" as the voting mode to use Snapshot.',
    ]);
  });

  it('runs an optimistic rule and a veto as basic votes with a rejection quorum', () => {
    const optimistic = node('optimistic', 'opt', { challengePeriod: 345_600 }, 'Optimistic approval');
    expect(space({ decision: optimistic }).voting).toEqual({
      delay: 0,
      period: 345_600,
      type: 'basic',
      quorum: 120_000_000,
      quorumType: 'rejection',
    });
    const council = node('signers', 'council', { signers: accounts.slice(0, 5) }, 'Council');
    const veto = node('veto', 'veto', { window: 604_800, threshold: { count: 2 } }, 'Council veto');
    // Two vetoes block; Snapshot rejects only when Against is strictly above the quorum, so the quorum is 1.
    expect(space({ decision: veto, voters: council, proposal: proposal('1') }).voting).toEqual({
      delay: 0,
      period: 604_800,
      type: 'basic',
      quorum: 1,
      quorumType: 'rejection',
    });
    const endless = node('veto', 'veto', { window: 0 }, 'Guardian veto');
    expect(messages({ decision: endless, voters: council, proposal: proposal('1') })).toEqual([
      'target-unsupported params.window: Guardian veto: Snapshot votes always end, so a veto with no time limit ' +
        'cannot run on it.',
    ]);
  });

  it('runs concave decisions with the voting type their kind implies', () => {
    const coop = node('members', 'coop', {
      source: 'list',
      members: accounts.slice(0, 4).map((a) => a.toLowerCase()),
    });
    const approval = node('approval', 'pick', { winners: 2 }, 'Dinner menu');
    expect(space({ decision: approval, voters: coop, proposal: proposal('1') })).toMatchObject({
      symbol: 'VOTE',
      strategies: [
        { name: 'whitelist', network: '1', params: { addresses: accounts.slice(0, 4), symbol: 'VOTE' } },
      ],
      validation: { name: 'basic', params: { minScore: 1 } },
      voting: { type: 'approval', delay: 0, period: 604_800, quorum: 0 },
    });
    const ranked = node('ranked-choice', 'rank', {}, 'Logo contest');
    expect(space({ decision: ranked }).voting).toEqual({
      delay: 0,
      period: 604_800,
      type: 'ranked-choice',
      quorum: 0,
    });
    const quadratic = node('quadratic-voting', 'qv', {}, 'Priorities');
    expect(space({ decision: quadratic, voters: coop, proposal: proposal('1') }).voting.type).toBe(
      'quadratic',
    );
    const split = node(
      'budget-split',
      'split',
      { budget: '100000', asset: { symbol: 'USDC', decimals: 6 }, aggregation: 'mean' },
      'Budget',
    );
    expect(space({ decision: split }).voting.type).toBe('weighted');
  });

  it('refuses a quorum on any voting type but basic, which Snapshot would show and never enforce', () => {
    const coop = node('members', 'coop', { source: 'list', members: accounts.slice(0, 4) });
    const approval = node('approval', 'pick', { winners: 2, quorum: { percent: '50' } }, 'Dinner menu');
    expect(messages({ decision: approval, voters: coop, proposal: proposal('1') })).toEqual([
      'target-unsupported params.quorum: Dinner menu: Snapshot shows a quorum on approval votes but does not ' +
        'enforce it: a closed approval proposal is only "closed", never passed or rejected, however few vote. ' +
        'Remove the quorum to run this vote on Snapshot, or decide by a majority vote, whose quorum Snapshot ' +
        'enforces.',
    ]);
    const ranked = node('ranked-choice', 'rank', { quorum: { absolute: '0' } }, 'Logo contest');
    expect(space({ decision: ranked }).voting).toMatchObject({ type: 'ranked-choice', quorum: 0 });
  });

  it('runs a veto by a share of members with the rejection quorum one person below the vetoes needed', () => {
    const council = node('signers', 'council', { signers: accounts.slice(0, 5) }, 'Council');
    const quorumFor = (percent: string) =>
      space({
        decision: node('veto', 'veto', { window: 604_800, threshold: { percent } }, 'Council veto'),
        voters: council,
        proposal: proposal('1'),
      }).voting.quorum;
    // 40% of 5 is 2 vetoes: Against > 1. 50% of 5 is 2.5, so 3 vetoes: Against > 2. 0% still needs one veto.
    expect([quorumFor('40'), quorumFor('50'), quorumFor('0')]).toEqual([1, 2, 0]);
    const holdersVeto = node('veto', 'veto', { window: 604_800, threshold: { count: 2 } }, 'Holder veto');
    expect(messages({ decision: holdersVeto })).toEqual([
      'target-unsupported params.threshold: Holder veto: Snapshot would weigh each veto by voting power, but a ' +
        'veto counts members. Give the veto members or signers as voters.',
    ]);
  });

  it("refuses a chain Snapshot does not list, naming it, and takes the chains from snapshot.js's networks.json", () => {
    expect(messages({ chain: { chainId: 130 } })).toEqual([
      'target-unsupported chain.chainId: Snapshot does not list chain 130, so a space cannot read voting power ' +
        'there. Choose a chain Snapshot lists, such as Ethereum (1), Optimism (10), Polygon (137), Base (8453) or ' +
        'Arbitrum One (42161).',
    ]);
    for (const chainId of [10, 137, 8453, 42161])
      expect(space({ chain: { chainId } }).network).toBe(String(chainId));
  });

  it('says which concave rules Snapshot cannot run', () => {
    const approval = node('approval', 'pick', { maxApprovals: 3 }, 'Dinner menu');
    const ranked = node('ranked-choice', 'rank', { winners: 3 }, 'Board election');
    const quadratic = node('quadratic-voting', 'qv', {}, 'Priorities');
    const split = node('budget-split', 'split', { budget: '1', asset: { symbol: 'USDC' } }, 'Budget');
    const score = node('score', 'score', {}, 'Grant scores');
    expect([approval, ranked, quadratic, split, score].flatMap((decision) => messages({ decision }))).toEqual(
      [
        "target-unsupported params.maxApprovals: Dinner menu: Snapshot's approval voting lets each voter approve any " +
          'number of options; it cannot limit them to 3.',
        "target-unsupported params.winners: Board election: Snapshot's ranked-choice voting elects one winner by " +
          'instant runoff; it cannot elect 3.',
        "target-unsupported params.creditsPerVoter: Priorities: Snapshot's quadratic voting gives each voter as many " +
          'credits as their voting power, not 100 each. Give it voters with one vote each (Members or Signers) so ' +
          'that everyone has the same credits.',
        "target-unsupported params.aggregation: Budget: Snapshot's weighted voting combines the voters' splits by " +
          'their mean, weighted by voting power; it cannot take their median. Combine the splits by mean to use ' +
          'Snapshot.',
        'target-unsupported : Grant scores: Snapshot cannot run a score vote. It runs basic, single-choice, ' +
          'approval, ranked-choice, quadratic and weighted votes: use an approval or ranked-choice vote.',
      ],
    );
  });

  it('runs proof of personhood with the ticket strategy and the Gitcoin Passport validation', () => {
    const humans = (personhood: object, expectedMembers?: number) =>
      node(
        'members',
        'humans',
        {
          source: 'proof-of-personhood',
          personhood,
          ...(expectedMembers === undefined ? {} : { expectedMembers }),
        },
        'Verified humans',
      );
    const passport = { name: 'passport-gated', params: { scoreThreshold: 20, operator: 'NONE', stamps: [] } };
    const gated = space({
      voters: humans({ provider: 'gitcoin-passport', minScore: 20 }, 1000),
      decision: vote({ quorum: { percent: '10' } }),
      proposal: proposal('0'),
    });
    expect(gated).toMatchObject({
      symbol: 'VOTE',
      strategies: [{ name: 'ticket', network: '1', params: { symbol: 'VOTE' } }],
      validation: passport,
      voteValidation: passport,
      voting: { quorum: 100 },
    });
    expect(messages({ voters: humans({ provider: 'gitcoin-passport' }) })).toEqual([
      "target-unsupported params.personhood.minScore: Verified humans: Snapshot's Gitcoin Passport validation " +
        'needs a minimum score above 0; without one it lets every address vote. Set the minimum score (20 is ' +
        "Passport's usual bar).",
    ]);
    // snapshot-strategies src/validations/passport-gated/schema.json: scoreThreshold has maximum 100.
    expect(
      space({
        voters: humans({ provider: 'gitcoin-passport', minScore: 100 }, 1000),
        proposal: proposal('0'),
      }).voteValidation,
    ).toEqual({ name: 'passport-gated', params: { scoreThreshold: 100, operator: 'NONE', stamps: [] } });
    expect(messages({ voters: humans({ provider: 'gitcoin-passport', minScore: 100.5 }, 1000) })).toEqual([
      "target-out-of-range params.personhood.minScore: Verified humans: Snapshot's Gitcoin Passport validation " +
        'takes a minimum score of at most 100; 100.5 would shut out everyone. Set a minimum score from 1 to 100 ' +
        "(20 is Passport's usual bar).",
    ]);
    expect(messages({ voters: humans({ provider: 'world-id' }) })).toEqual([
      'target-unsupported params.personhood.provider: Verified humans: Snapshot checks proof of personhood only ' +
        'with Gitcoin Passport (its passport-gated validation), not world-id.',
    ]);
    expect(
      messages({ voters: humans({ provider: 'gitcoin-passport', minScore: 20 }), proposal: proposal('0') }),
    ).toEqual([
      "target-unsupported params.quorum.percent: Temperature check: Snapshot's quorum is an amount of votes, so a " +
        'quorum of 4% needs the number of people who can vote. Set the expected members of Verified humans.',
    ]);
  });

  it('reads NFT voting power with getVotes or balanceOf', () => {
    const nft = (params: object) =>
      node(
        'nft-holders',
        'nouns',
        { collection: { symbol: 'NOUN', totalSupply: 1000, address: tokenAddress }, ...params },
        'Nouns',
      );
    expect(space({ voters: nft({}), proposal: proposal('2') })).toMatchObject({
      strategies: [
        { name: 'erc20-votes', network: '1', params: { address: tokenAddress, symbol: 'NOUN', decimals: 0 } },
      ],
      validation: { name: 'basic', params: { minScore: 2 } },
      voting: { quorum: 40 },
    });
    expect(space({ voters: nft({ standard: 'erc721-balance', delegation: false }) }).strategies).toEqual([
      { name: 'erc721', network: '1', params: { address: tokenAddress, symbol: 'NOUN' } },
    ]);
    expect(messages({ voters: nft({ standard: 'erc721-balance' }) })).toEqual([
      'target-unsupported params.delegation: Nouns: Snapshot reads the plain balance (erc721), with which nobody ' +
        'can delegate. Read voting power from erc721-votes, or turn delegation off.',
    ]);
  });

  // snapshot-labs/snapshot-strategies src/strategies/comp-like-votes: getCurrentVotes(address) at the snapshot block,
  // then formatUnits(value, options.decimals); COMP and UNI have no getVotes for erc20-votes to call.
  it('reads a Compound-style token (COMP, UNI) with comp-like-votes, in a space snapshot.js accepts', () => {
    // space() checks the settings with snapshot.js's validateSchema.
    expect(space({ voters: holders({}, { standard: 'comp-votes' }) }).strategies).toEqual([
      {
        name: 'comp-like-votes',
        network: '1',
        params: { address: tokenAddress, symbol: 'ACME', decimals: 18 },
      },
    ]);
  });

  it('reads plain ERC-20 balances with erc20-balance-of and names what a token strategy needs', () => {
    const plain = holders({}, { standard: 'erc20-balance', delegation: false });
    expect(space({ voters: plain }).strategies).toEqual([
      {
        name: 'erc20-balance-of',
        network: '1',
        params: { address: tokenAddress, symbol: 'ACME', decimals: 18 },
      },
    ]);
    const undeployed = holders();
    delete (undeployed.params.token as { address?: string }).address;
    expect(messages({ voters: undeployed })).toEqual([
      'target-unsupported params.token.address: ACME holders: Snapshot reads voting power from the ACME contract, ' +
        "so it needs the token's address.",
    ]);
    expect(messages({ voters: holders({ decimals: 24 }) })).toEqual([
      "target-out-of-range params.token.decimals: ACME holders: Snapshot's erc20-votes strategy takes tokens of at " +
        'most 18 decimals, and ACME has 24.',
    ]);
  });

  it('needs a check on who may propose, and reads proposers from their own electorate', () => {
    expect(messages({ proposal: proposal('0') })).toEqual([
      'target-unsupported params.minVotingPower: Proposal: Snapshot refuses a space where anyone may propose ' +
        'unchecked. Set a voting power to propose, such as 1, to use Snapshot.',
    ]);
    const council = node('signers', 'council', { signers: accounts.slice(0, 2) }, 'Council') as CharterNode;
    expect(space({ proposal: proposal('1'), proposers: council }).validation).toEqual({
      name: 'basic',
      params: {
        minScore: 1,
        strategies: [
          { name: 'whitelist', network: '1', params: { addresses: accounts.slice(0, 2), symbol: 'VOTE' } },
        ],
      },
    });
  });

  it('takes a space name of at most 32 characters', () => {
    expect(space({ name: 'x'.repeat(32) }).name).toHaveLength(32);
    expect(messages({ name: 'x'.repeat(33) })).toEqual([
      `target-out-of-range name: Snapshot takes a space name of at most 32 characters; "${'x'.repeat(33)}" has 33.`,
    ]);
  });
});

describe('snapshotNumber', () => {
  it('gives a JSON number only when it is the amount exactly', () => {
    expect(snapshotNumber('40000000')).toBe(40_000_000);
    expect(snapshotNumber('0.1')).toBe(0.1);
    expect(snapshotNumber('1000000000000000000000')).toBe(1e21);
    expect(snapshotNumber('9007199254740993')).toBeUndefined();
    expect(snapshotNumber('40000000.000000000000000001')).toBeUndefined();
  });
});
