import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../../compiler/cli/main.ts';
import { compile } from '../../compiler/compile/compile.ts';
import { explain } from '../../compiler/explain/explain.ts';
import { ruleQuorum } from '../../compiler/nodes/kinds/majority-vote/rule-quorum.ts';
import { majorityVoteStep } from '../../compiler/nodes/kinds/majority-vote/step.ts';
import type { DecisionInput } from '../../compiler/nodes/simulation-step.ts';
import { majority } from '../../compiler/simulate/mechanisms/majority.ts';
import { quorumFunction } from '../../compiler/simulate/mechanisms/quorum-function.ts';
import { fakeIO } from '../cli/fake-io.ts';
import { compiled, document } from './compiled.ts';

const E18 = 10n ** 18n;
const arb = (millions: bigint) => millions * 1_000_000n * E18;

describe("Nouns' dynamic quorum, against the expectations of Nouns' own contract tests", () => {
  // nounsDAO/nouns-monorepo packages/nouns-contracts/test/governance/dynamicQuorum.test.ts (commit 86a781e):
  // gov.dynamicQuorumVotes(againstVotes, totalSupply, {minQuorumVotesBPS, maxQuorumVotesBPS, quorumCoefficient}).
  const nouns = (against: bigint, supply: bigint, min: number, max: number, coefficient: string) =>
    quorumFunction(
      {
        base: supply,
        quorum: { percent: String(min / 100) },
        rise: { coefficient, maximumPercent: String(max / 100) },
      },
      against,
    );

  it.each([
    [12n, 1000, 4000, '0', 20n],
    [18n, 1000, 4000, '1', 38n],
    [22n, 1000, 4000, '1', 42n],
    [45n, 1000, 4000, '1', 65n],
    [30n, 1000, 4000, '0.1', 23n],
    [30n, 1000, 4000, '0.5', 35n],
    [30n, 1000, 4000, '1.5', 65n],
    [60n, 1000, 10000, '3', 200n],
    [30n, 1000, 4000, '2', 80n],
  ])(
    '%i Against of 200, %i to %i bps, coefficient %s: quorum %i',
    (against, min, max, coefficient, quorum) => {
      expect(nouns(against, 200n, min, max, coefficient)).toBe(quorum);
    },
  );

  it('by hand: 30 of 200 Against is 1,500 bps; × 0.1 is 150 bps; 1,000 + 150 = 1,150 bps of 200 is 23', () => {
    expect((10_000n * 30n) / 200n).toBe(1500n);
    expect((200n * 1150n) / 10_000n).toBe(23n);
  });
});

describe("Arbitrum's DVP quorum: 50% of the delegated supply less the excluded votes, within 150M and 450M ARB", () => {
  // ArbitrumFoundation/governance PR #369 (ActivateDvpQuorumAction params) and L2ArbitrumGovernor.quorum().
  const constitutional = (delegated: bigint, excluded: bigint) =>
    quorumFunction(
      {
        base: delegated,
        excluded,
        quorum: { percent: '50' },
        minimum: arb(150n),
        maximum: arb(450n),
      },
      0n,
    );

  it('is the share in the middle, the minimum below and the maximum above', () => {
    expect(constitutional(arb(700n), arb(100n))).toBe(arb(300n)); // (700M − 100M) · 50% = 300M
    expect(constitutional(arb(250n), arb(10n))).toBe(arb(150n)); // 120M → the minimum
    expect(constitutional(arb(5_500n), arb(1_000n))).toBe(arb(450n)); // 2,250M → the maximum
    expect(constitutional(arb(100n), arb(200n))).toBe(arb(150n)); // more excluded than delegated: base 0
  });

  it('rounds the share down, as supply · numerator / 10,000 does', () => {
    const quorum = quorumFunction({ base: 300_000_001n, quorum: { percent: '50' } }, 0n);
    expect(quorum).toBe(150_000_000n);
  });
});

describe("Aave's yesThreshold and yesNoDifferential: For > threshold and For − Against > differential", () => {
  // aave-dao/aave-governance-v3 src/contracts/GovernanceCore.sol _isPassingYesThreshold, _isPassingYesNoDifferential.
  const level1 = (forVotes: bigint, against: bigint) =>
    majority({
      supply: 16_000_000n * E18,
      quorum: { absolute: 0n },
      quorumCounts: 'for',
      forThreshold: 320_000n * E18,
      forMargin: 80_000n * E18,
      votes: [
        { support: 'for', weight: forVotes },
        { support: 'against', weight: against },
      ],
    });

  it('needs For strictly above 320,000 AAVE', () => {
    expect(level1(320_000n * E18, 0n)).toMatchObject({ forThresholdMet: false, succeeded: false });
    expect(level1(320_000n * E18 + 1n, 0n)).toMatchObject({ forThresholdMet: true, succeeded: true });
  });

  it('needs For to lead Against by strictly more than 80,000 AAVE', () => {
    expect(level1(400_000n * E18, 320_000n * E18)).toMatchObject({ forMarginMet: false, succeeded: false });
    expect(level1(400_000n * E18, 320_000n * E18 - 1n)).toMatchObject({
      forMarginMet: true,
      succeeded: true,
    });
  });
});

describe('the quorum function, for any input', () => {
  const amount = fc.bigInt({ min: 0n, max: 10n ** 30n });

  it('is within [minimum, maximum] when the minimum is not above the maximum', () => {
    fc.assert(
      fc.property(
        amount,
        amount,
        amount,
        amount,
        fc.integer({ min: 0, max: 100 }),
        (base, excluded, a, b, percent) => {
          const [minimum, maximum] = a <= b ? [a, b] : [b, a];
          const quorum = quorumFunction(
            { base, excluded, quorum: { percent: String(percent) }, minimum, maximum },
            0n,
          );
          expect(quorum >= minimum && quorum <= maximum).toBe(true);
        },
      ),
    );
  });

  it("rising with Against equals Nouns' Solidity arithmetic (whole bps, coefficient in millionths), and never falls", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 24n }),
        fc.bigInt({ min: 0n, max: 10n ** 24n }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (supply, rawAgainst, a, b, millionths) => {
          const against = rawAgainst % (supply + 1n);
          const [min, max] = a <= b ? [a, b] : [b, a];
          // NounsDAODynamicQuorum.dynamicQuorumVotes, line for line.
          const againstVotesBPS = (10_000n * against) / supply;
          const quorumAdjustmentBPS = (BigInt(millionths) * againstVotesBPS) / 1_000_000n;
          const adjustedQuorumBPS = BigInt(min) + quorumAdjustmentBPS;
          const quorumBPS = BigInt(max) < adjustedQuorumBPS ? BigInt(max) : adjustedQuorumBPS;
          const solidity = (supply * quorumBPS) / 10_000n;
          const coefficient = `${Math.floor(millionths / 1e6)}.${String(millionths % 1e6).padStart(6, '0')}`;
          const rise = { coefficient, maximumPercent: String(max / 100) };
          const charter = (votes: bigint) =>
            quorumFunction({ base: supply, quorum: { percent: String(min / 100) }, rise }, votes);
          expect(charter(against)).toBe(solidity);
          expect(charter(against + supply / 7n) >= charter(against)).toBe(true);
        },
      ),
    );
  });

  it('never lets a vote pass without For above the threshold and ahead of Against by more than the margin', () => {
    fc.assert(
      fc.property(amount, amount, amount, amount, (forVotes, against, forThreshold, forMargin) => {
        const result = majority({
          supply: 10n ** 31n,
          quorum: { absolute: 0n },
          quorumCounts: 'for',
          forThreshold,
          forMargin,
          votes: [
            { support: 'for', weight: forVotes },
            { support: 'against', weight: against },
          ],
        });
        expect(result.succeeded).toBe(forVotes > forThreshold && forVotes - against > forMargin);
      }),
    );
  });
});

describe('charter tally majority with a quorum function', () => {
  async function tally(input: unknown) {
    const io = fakeIO({ 'in.json': JSON.stringify(input) });
    const code = await main(['tally', 'majority', 'in.json'], io);
    return { code, output: io.out ? JSON.parse(io.out) : undefined, err: io.err };
  }

  it("reports the README's Arbitrum example: 50% of 4,300,000,000 clamped to 450,000,000", async () => {
    const { code, output } = await tally({
      supply: '10000000000',
      quorumBase: '5000000000',
      quorumExcluded: '700000000',
      quorum: { percent: '50' },
      quorumMinimum: '150000000',
      quorumMaximum: '450000000',
      votes: [{ support: 'for', weight: '450000000' }],
    });
    expect(code).toBe(0);
    expect(output).toMatchObject({ quorum: '450000000', quorumBase: '4300000000', succeeded: true });
  });

  it('reports a rising quorum at the final Against, the threshold and the margin', async () => {
    const { code, output } = await tally({
      supply: '200',
      decimals: 0,
      quorum: { percent: '10' },
      quorumCounts: 'for',
      quorumRise: { coefficient: '1.5', maximumPercent: '40' },
      forThreshold: '60',
      forMargin: '30',
      votes: [
        { support: 'for', weight: '64' },
        { support: 'against', weight: '30' },
      ],
    });
    expect(code).toBe(0);
    // 30 of 200 Against: 1,500 bps × 1.5 = 2,250; 1,000 + 2,250 = 3,250 bps of 200 = 65 > 64 For.
    expect(output).toMatchObject({
      quorum: '65',
      quorumReached: false,
      forThresholdMet: true,
      forMarginMet: true,
      succeeded: false,
    });
  });

  it('names the field of a bad rise and refuses a rise from an absolute quorum', async () => {
    const bad = await tally({
      supply: '1',
      quorum: { percent: '10' },
      quorumRise: { coefficient: '1.0000001', maximumPercent: '20' },
      votes: [],
    });
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('quorumRise.coefficient');
    const absolute = await tally({
      supply: '1',
      quorum: { absolute: '1' },
      quorumRise: { coefficient: '1', maximumPercent: '20' },
      votes: [],
    });
    expect(absolute.code).toBe(1);
    expect(absolute.err).toContain('quorumRise: needs a quorum given as "percent"');
  });
});

describe('a majority vote whose quorum rises with Against, compiled, simulated, explained and refused', () => {
  const rising = document(
    'Rising quorum',
    [
      { id: 'propose', kind: 'proposal', params: { types: ['general'], minVotingPower: '0' } },
      {
        id: 'holders',
        kind: 'token-holders',
        params: {
          token: { symbol: 'NOUN', decimals: 0, totalSupply: '200' },
          standard: 'erc20-votes',
          delegation: false,
        },
      },
      {
        id: 'vote',
        kind: 'majority-vote',
        params: {
          quorum: { percent: '10' },
          quorumRise: { coefficient: '1.5', maximum: '40' },
          quorumCounts: 'for',
          votingDelay: 0,
          votingPeriod: 86_400,
        },
      },
      { id: 'run', kind: 'execute' },
      { id: 'stop', kind: 'reject' },
    ],
    [
      'holders.voters -> propose.proposers',
      'holders.voters -> vote.voters',
      'propose.out -> vote.in',
      'vote.passed -> run.in',
      'vote.failed -> stop.in',
    ],
  );
  const config = compiled(rising);
  const body = config.bodies.find((candidate) => candidate.id === 'vote')!;

  it('lowers the rise limit to an exact fraction and keeps the coefficient as written', () => {
    expect(body.rule).toMatchObject({
      quorumRise: { coefficient: '1.5', maximum: { numerator: '40', denominator: '100' } },
    });
  });

  it('needs 65 For against 30 Against of 200: 1,000 + 1.5 × 1,500 = 3,250 bps', () => {
    const decide = (forVotes: bigint) =>
      majorityVoteStep.role === 'decision'
        ? majorityVoteStep.decide({
            config,
            body,
            electorate: {
              supply: 200n,
              holders: [
                { address: '0x0000000000000000000000000000000000000001', balance: forVotes, active: true },
                { address: '0x0000000000000000000000000000000000000002', balance: 30n, active: true },
              ],
            },
            votes: [
              { holder: 0, support: 'for', moment: 0.2 },
              { holder: 1, support: 'against', moment: 0.4 },
            ],
            executesOn: [],
          } as unknown as DecisionInput)
        : undefined;
    expect(decide(64n)).toMatchObject({ exit: 'failed', quorum: { needed: '65', met: false } });
    expect(decide(65n)).toMatchObject({ exit: 'passed', quorum: { needed: '65', met: true } });
  });

  it('explains the rise in English and Korean', () => {
    const text = (language: 'en' | 'ko') => {
      const result = explain(rising, language);
      if (!result.ok) throw new Error('does not explain');
      return result.paragraphs.map((paragraph) => paragraph.text).join(' ');
    };
    expect(text('en')).toContain(
      "The quorum's share rises by 1.5 basis points (rounded down) for each basis point of that base voting Against, up to 40%.",
    );
    expect(text('ko')).toContain('정족수 비율이 1.5bp씩(내림) 오르며, 최대 40%입니다.');
  });

  it('is refused by OpenZeppelin, naming the rise', () => {
    const targets = config.targets as unknown as Record<
      string,
      { problems: { message: string; field?: string }[] }
    >;
    expect(targets.openzeppelin!.problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('cannot run a quorum that rises with Against'),
    ]);
  });

  it('reports a rise limit below its start, and a rise on an absolute quorum, as quorum-bounds', () => {
    const broken = structuredClone(rising);
    Object.assign(broken.nodes.find((node) => node.id === 'vote')!.params!, {
      quorumRise: { coefficient: '1', maximum: '5' },
    });
    const result = compile(broken);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.field])).toContainEqual([
      'quorum-bounds',
      'params.quorumRise.maximum',
    ]);
    const absolute = structuredClone(rising);
    Object.assign(absolute.nodes.find((node) => node.id === 'vote')!.params!, { quorum: { absolute: '20' } });
    expect(compile(absolute).diagnostics.map((d) => [d.code, d.field])).toContainEqual([
      'quorum-bounds',
      'params.quorumRise',
    ]);
  });
});

describe('Snapshot and a For − Against margin', () => {
  it('refuses the margin on its field, by name', () => {
    const margin = JSON.parse(
      readFileSync(new URL('../fixtures/snapshot-margin.charter.json', import.meta.url), 'utf8'),
    );
    const snapshot = compiled(margin).targets.snapshot as unknown as {
      problems: { field?: string; message: string; said?: unknown }[];
    };
    const problem = snapshot.problems.find((candidate) => candidate.field === 'params.forMargin')!;
    expect(problem.message).toBe(
      'Majority vote "v": Snapshot\'s basic vote has a fixed quorum and passes when For beats Against, so it cannot run a margin by which For must lead Against. Remove it to use Snapshot.',
    );
  });
});

describe('the votes of excluded addresses, as getPastVotes(EXCLUDE_ADDRESS) counts them', () => {
  const exclude = '0x00000000000000000000000000000000000A4B86';
  const holders = (excludedDelegated: boolean) => ({
    supply: 1_000n,
    holders: [
      { address: '0x00000000000000000000000000000000000000c1', balance: 600n, active: true },
      { address: exclude.toLowerCase(), balance: 300n, active: excludedDelegated },
      { address: '0x00000000000000000000000000000000000000c2', balance: 100n, active: false },
    ],
  });

  it('takes nothing out of a supply base for an excluded holder that has not delegated: it has no votes', () => {
    // L2ArbitrumGovernor.getPastCirculatingSupply: totalSupply − getPastVotes(EXCLUDE_ADDRESS) = 1,000 − 0.
    expect(ruleQuorum({ quorumExcluded: [exclude] }, holders(false))).toEqual({ quorumExcluded: 0n });
    expect(ruleQuorum({ quorumExcluded: [exclude] }, holders(true))).toEqual({ quorumExcluded: 300n });
  });

  it('counts only delegated holders in a delegated base, the excluded one among them', () => {
    // Total delegation 600 + 300 = 900, less the exclude address's 300 votes: the mechanism's base is 600.
    expect(ruleQuorum({ quorumOf: 'delegated', quorumExcluded: [exclude] }, holders(true))).toEqual({
      quorumBase: 900n,
      quorumExcluded: 300n,
    });
    expect(ruleQuorum({ quorumOf: 'delegated', quorumExcluded: [exclude] }, holders(false))).toEqual({
      quorumBase: 600n,
      quorumExcluded: 0n,
    });
  });
});
