import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../../compiler/cli/main.ts';
import { majority } from '../../compiler/simulate/mechanisms/majority.ts';
import { capture } from '../../compiler/simulate/monte-carlo/capture.ts';
import { generateElectorates } from '../../compiler/simulate/scenario/generate-electorates.ts';
import { mulberry32 } from '../../compiler/simulate/scenario/mulberry32.ts';
import { simulate } from '../../compiler/simulate/simulate.ts';
import {
  createProposal,
  hasSucceededClosed,
  RATIO_BASE,
} from '../../compiler/verify/aragon/token-voting-arithmetic.ts';
import { fakeIO } from '../cli/fake-io.ts';
import { compiled, document } from './compiled.ts';

async function tally(input: unknown): Promise<{ code: number; output: Record<string, unknown> }> {
  const io = fakeIO({ 'in.json': JSON.stringify(input) });
  const code = await main(['tally', 'majority', 'in.json'], io);
  return { code, output: io.out ? JSON.parse(io.out) : undefined };
}

// The case of issue 17: a 0-decimal token, supply 1,000,000,001, minimum participation 4 %, 40,000,000 For.
// 1,000,000,001 · 40,000 = 40,000,000,040,000, not a multiple of 10^6: Aragon needs ceil(40,000,000.04) =
// 40,000,001 votes (Ratio.sol `_applyRatioCeiled`); OpenZeppelin's floor(1,000,000,001 · 4 / 100) is 40,000,000.
const supply = 1_000_000_001n;
const issueCase = {
  supply: '1000000001',
  decimals: 0,
  quorum: { percent: '4' },
  quorumCounts: 'all',
  votes: [{ support: 'for', weight: '40000000' }],
};

describe('each target rounds its quorum its own way', () => {
  it('the real TokenVoting arithmetic (ported) says 40,000,000 of 1,000,000,001 misses 4 %', () => {
    const proposal = createProposal(
      { supportThreshold: 500_000n, minParticipation: 40_000n, minApprovals: 0n },
      supply,
      { yes: 40_000_000n, no: 0n, abstain: 0n },
    );
    expect(proposal.minVotingPower).toBe(40_000_001n);
    expect(hasSucceededClosed(proposal)).toBe(false);
    const oneMore = createProposal(
      { supportThreshold: 500_000n, minParticipation: 40_000n, minApprovals: 0n },
      supply,
      { yes: 40_000_001n, no: 0n, abstain: 0n },
    );
    expect(hasSucceededClosed(oneMore)).toBe(true);
  });

  it('charter tally majority with "rounding": "ceil" agrees with Aragon, and says which rounding it used', async () => {
    const aragon = await tally({ ...issueCase, rounding: 'ceil' });
    expect(aragon.code).toBe(0);
    expect(aragon.output).toMatchObject({
      quorum: '40000001',
      rounding: 'ceil',
      quorumReached: false,
      succeeded: false,
    });
    // OpenZeppelin's GovernorVotesQuorumFraction floors: 40,000,000 is enough there, and that stays the default.
    const openzeppelin = await tally(issueCase);
    expect(openzeppelin.output).toMatchObject({
      quorum: '40000000',
      rounding: 'floor',
      quorumReached: true,
      succeeded: true,
    });
  });

  it('refuses a rounding it does not know', async () => {
    const io = fakeIO({ 'in.json': JSON.stringify({ ...issueCase, rounding: 'nearest' }) });
    expect(await main(['tally', 'majority', 'in.json'], io)).toBe(1);
    expect(io.err).toContain('rounding');
  });

  it('with ceil, majority decides as the ported TokenVoting does, at and around every boundary', () => {
    const cases = fc.record({
      supply: fc.bigInt({ min: 1n, max: 10n ** 30n }),
      parts: fc.integer({ min: 0, max: 1_000_000 }),
      support: fc.integer({ min: 0, max: 999_999 }),
      counts: fc.constantFrom('all' as const, 'for' as const),
      shares: fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 6n }), fc.bigInt({ min: 0n, max: 10n ** 6n })),
      nudge: fc.bigInt({ min: -2n, max: 2n }),
    });
    fc.assert(
      fc.property(cases, ({ supply, parts, support, counts, shares, nudge }) => {
        // Put the For votes at the quorum's boundary (± 2 base units), the rest split by `shares`.
        const boundary = (supply * BigInt(parts) + RATIO_BASE - 1n) / RATIO_BASE;
        const yes = boundary + nudge < 0n ? 0n : boundary + nudge;
        const no = (yes * shares[0]) / RATIO_BASE;
        const abstain = (yes * shares[1]) / RATIO_BASE;
        const contract = createProposal(
          {
            supportThreshold: BigInt(support),
            minParticipation: counts === 'all' ? BigInt(parts) : 0n,
            minApprovals: counts === 'for' ? BigInt(parts) : 0n,
          },
          supply,
          { yes, no, abstain },
        );
        const charter = majority({
          supply,
          quorum: { percent: `${parts / 10_000}` },
          rounding: 'ceil',
          quorumCounts: counts,
          supportPercent: `${support / 10_000}`,
          votes: [
            { support: 'for', weight: yes },
            { support: 'against', weight: no },
            { support: 'abstain', weight: abstain },
          ],
        });
        expect(charter.quorum).toBe(counts === 'all' ? contract.minVotingPower : contract.minApprovalPower);
        expect(charter.succeeded).toBe(hasSucceededClosed(contract));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the simulator counts a decision as the target it executes on does', () => {
  // The issue's case as rules: one holder with 40,000,000 of 1,000,000,001 votes For, nobody else votes.
  const rules = (executor: 'aragon' | 'governor') =>
    compiled(
      document(
        'rounding',
        [
          {
            id: 'holders',
            kind: 'token-holders',
            params: {
              token: {
                name: 'Whole',
                symbol: 'WHL',
                decimals: 0,
                totalSupply: '1000000001',
                address: '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984',
              },
            },
          },
          { id: 'propose', kind: 'proposal', params: { types: ['parameter-change'] } },
          {
            id: 'vote',
            kind: 'majority-vote',
            params: {
              quorum: { percent: '4' },
              quorumCounts: 'all',
              votingDelay: 0,
              votingPeriod: 604_800,
            },
          },
          { id: 'run', kind: 'execute', params: { executor } },
          { id: 'no', kind: 'reject' },
        ],
        [
          'holders.voters -> vote.voters',
          'propose.out -> vote.in',
          'vote.passed -> run.in',
          'vote.failed -> no.in',
        ],
      ),
    );
  const scenario = {
    seed: 1,
    electorates: {
      holders: { distribution: 'csv' as const, csv: '0x5B38Da6a701c568545dCfcB03FcB875f56beddC4,40000000' },
    },
    turnout: 1,
    preference: { for: 1, against: 0, abstain: 0 },
    proposals: [{ type: 'parameter-change' }],
  };
  const vote = (executor: 'aragon' | 'governor') => {
    const trace = simulate(rules(executor), scenario).proposals[0]!;
    return { outcome: trace.outcome, quorum: trace.steps.find((step) => step.node === 'vote')?.quorum };
  };

  it('on Aragon, 40,000,000 For misses the quorum of 40,000,001 and the proposal is rejected', () => {
    expect(vote('aragon')).toEqual({
      outcome: 'rejected',
      quorum: { needed: '40000001', counted: '40000000', met: false },
    });
  });

  it('on a Governor, the same votes meet floor(4 % of supply) = 40,000,000 and it executes', () => {
    expect(vote('governor')).toEqual({
      outcome: 'executed',
      quorum: { needed: '40000000', counted: '40000000', met: true },
    });
  });

  it('the capture analysis needs the holders that meet the quorum as each target rounds it', () => {
    // 40,000,000 + 1: the top holder alone meets floor(4 %) but Aragon's ceil(4 %) = 40,000,001 needs both.
    const holders = {
      ...scenario,
      electorates: {
        holders: {
          distribution: 'csv' as const,
          csv: '0x5B38Da6a701c568545dCfcB03FcB875f56beddC4,40000000\n0xAb8483F64d9C6d1EcF9b849Ae677dD3315835cb2,1',
        },
      },
    };
    const smallest = (executor: 'aragon' | 'governor') => {
      const config = rules(executor);
      const electorates = generateElectorates(config, holders, mulberry32(1));
      return capture(config, electorates)[0]!.decisions[0]!.unopposed?.holders;
    };
    expect([smallest('governor'), smallest('aragon')]).toEqual([1, 2]);
  });

  it('says it cannot tell when the decision executes on targets that round differently and they disagree', () => {
    const both = compiled(
      document(
        'both',
        [
          {
            id: 'holders',
            kind: 'token-holders',
            params: {
              token: {
                name: 'Whole',
                symbol: 'WHL',
                decimals: 0,
                totalSupply: '1000000001',
                address: '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984',
              },
            },
          },
          { id: 'propose', kind: 'proposal', params: { types: ['parameter-change'] } },
          {
            id: 'vote',
            kind: 'majority-vote',
            params: { quorum: { percent: '4' }, quorumCounts: 'all', votingDelay: 0, votingPeriod: 604_800 },
          },
          { id: 'dao', kind: 'execute', params: { executor: 'aragon' } },
          { id: 'governor', kind: 'execute', params: { executor: 'governor' } },
          { id: 'no', kind: 'reject' },
        ],
        [
          'holders.voters -> vote.voters',
          'propose.out -> vote.in',
          'vote.passed -> dao.in',
          'vote.passed -> governor.in',
          'vote.failed -> no.in',
        ],
      ),
    );
    const trace = simulate(both, scenario).proposals[0]!;
    expect(trace.outcome).toBe('stalled');
    expect(trace.steps.find((step) => step.node === 'vote')?.reason).toBe(
      'vote cannot be simulated: it executes on openzeppelin and aragon, which round the quorum differently (down ' +
        'to 40000000 and up to 40000001 base units), and this proposal passes on one and fails on the other.',
    );
  });
});
