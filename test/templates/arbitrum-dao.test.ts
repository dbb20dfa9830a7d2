import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../compiler/cli/main.ts';
import { explain } from '../../compiler/explain/explain.ts';
import type { ConfigBody } from '../../compiler/generated/charter-config.ts';
import { majorityVoteStep } from '../../compiler/nodes/kinds/majority-vote/step.ts';
import type { DecisionInput } from '../../compiler/nodes/simulation-step.ts';
import { fakeIO } from '../cli/fake-io.ts';
import { compiled, template } from '../simulate/compiled.ts';

// Arbitrum's two governors with the DVP quorum, each number worked out by hand from its source (the template's
// description names them): block counts × 12 s (Arbitrum's block.number is Ethereum's), whole ARB × 10^18.

type Json = Record<string, unknown>;
const document = template('arbitrum-dao');
const config = JSON.parse(JSON.stringify(compiled(document))) as Json & { bodies: ConfigBody[] };
const body = (id: string) => config.bodies.find((candidate) => candidate.id === id)!;
const steps = (type: string) =>
  (config.routes as { proposalType: string; steps: { node: string; kind: string; rule: Json }[] }[]).find(
    (route) => route.proposalType === type,
  )!.steps;
const wei = (tokens: bigint) => (tokens * 10n ** 18n).toString();
const BLOCK = 12;
const DAY = 86_400;
const EXCLUDE_ADDRESS = '0x00000000000000000000000000000000000A4B86';

describe('Arbitrum DAO (DVP quorum, two governors)', () => {
  it('has the deploy config’s block counts in seconds of 12-second L1 blocks on both governors', () => {
    for (const id of ['core-vote', 'treasury-vote']) {
      const rule = body(id).rule as Json;
      expect(rule.votingDelay).toBe(21_600 * BLOCK); // 259,200 s = 3 days
      expect(rule.votingDelay).toBe(3 * DAY);
      expect(rule.votingPeriod).toBe(100_800 * BLOCK); // 1,209,600 s = 14 days
      expect(rule.votingPeriod).toBe(14 * DAY);
      expect(rule.lateQuorumExtension).toBe(14_400 * BLOCK); // 172,800 s = 2 days
      expect(rule.quorumCounts).toBe('for+abstain');
      expect(rule.quorumOf).toBe('delegated');
      expect(rule.quorumExcluded).toEqual([EXCLUDE_ADDRESS]);
    }
  });

  it("has PR #369's quorum numerators and bounds: 5000 and 4000 of 10,000, 150M–450M and 100M–300M ARB", () => {
    const core = body('core-vote').rule as Json;
    expect(core.quorum).toEqual({ fraction: { numerator: '50', denominator: '100' } });
    expect(5000 / 10_000).toBe(50 / 100);
    expect(core.quorumMinimum).toBe(wei(150_000_000n));
    expect(core.quorumMaximum).toBe(wei(450_000_000n));
    const treasury = body('treasury-vote').rule as Json;
    expect(treasury.quorum).toEqual({ fraction: { numerator: '40', denominator: '100' } });
    expect(4000 / 10_000).toBe(40 / 100);
    expect(treasury.quorumMinimum).toBe(wei(100_000_000n));
    expect(treasury.quorumMaximum).toBe(wei(300_000_000n));
  });

  it('proposes with 1,000,000 ARB and runs the L2 core timelock, the challenge period and the L1 timelock', () => {
    expect(
      document.nodes.filter((node) => node.kind === 'proposal').map((node) => node.params?.minVotingPower),
    ).toEqual(['1000000', '1000000']);
    const delays = (type: string) =>
      steps(type)
        .filter((step) => step.kind === 'timelock')
        .map((step) => step.rule.delay);
    expect(delays('constitutional')).toEqual([8 * DAY, 45_818 * BLOCK, 3 * DAY]);
    expect(45_818 * BLOCK).toBe(6 * DAY + 8 * 3600 + 43 * 60 + 36);
    expect(delays('non-constitutional')).toEqual([3 * DAY]);
  });

  it('counts the quorum on the delegated supply less the exclude address, clamped, as L2ArbitrumGovernor.quorum()', () => {
    const E18 = 10n ** 18n;
    const holder = (address: string, millions: bigint, active: boolean) => ({
      address,
      balance: millions * 1_000_000n * E18,
      active,
    });
    const electorate = {
      supply: 10_000_000_000n * E18,
      holders: [
        holder('0x0000000000000000000000000000000000000001', 300n, true),
        holder('0x0000000000000000000000000000000000000002', 200n, true),
        holder(EXCLUDE_ADDRESS.toLowerCase(), 100n, true),
        holder('0x0000000000000000000000000000000000000003', 1_000n, false),
      ],
    };
    const decide = (id: string, forHolder: number) =>
      majorityVoteStep.role === 'decision'
        ? majorityVoteStep.decide({
            config,
            body: body(id),
            electorate,
            votes: [{ holder: forHolder, support: 'for', moment: 0.5 }],
            executesOn: [],
          } as unknown as DecisionInput)
        : undefined;
    // Delegated: 300M + 200M + 100M = 600M; less the 100M delegated to the exclude address: 500M.
    // Core: 50% of 500M = 250M, inside 150M–450M. Treasury: 40% of 500M = 200M, inside 100M–300M.
    expect(decide('core-vote', 0)).toMatchObject({ exit: 'passed', quorum: { needed: wei(250_000_000n) } });
    expect(decide('core-vote', 1)).toMatchObject({
      exit: 'failed',
      quorum: { needed: wei(250_000_000n), met: false },
    });
    expect(decide('treasury-vote', 1)).toMatchObject({
      exit: 'passed',
      quorum: { needed: wei(200_000_000n) },
    });
  });

  it('deploys the treasury path on the OpenZeppelin target and refuses the core path at its cross-chain leg', () => {
    const openzeppelin = config.targets as Record<
      string,
      {
        verdict: string;
        problems: { message: string; nodeId: string }[];
        parameters: { governors: { vote: string; governor: Json }[] };
      }
    >;
    const target = openzeppelin.openzeppelin!;
    expect(target.parameters.governors.map((unit) => unit.vote)).toEqual(['treasury-vote']);
    // PR #369's treasury settings: 4000 / 10,000 of the delegated ARB less EXCLUDE_ADDRESS, 100M–300M ARB.
    expect(target.parameters.governors[0]!.governor).toMatchObject({
      quorumNumerator: '40',
      quorumDenominator: '100',
      quorumOf: 'delegated',
      quorumExcluded: [EXCLUDE_ADDRESS],
      quorumMinimum: wei(100_000_000n),
      quorumMaximum: wei(300_000_000n),
    });
    // The challenge period and the L1 timelock wait for the bridge and on Ethereum: no Governor on Arbitrum One runs them.
    expect(target.problems.map((problem) => problem.nodeId)).toEqual(['challenge', 'l1-timelock']);
    for (const problem of target.problems)
      expect(problem.message).toContain(
        'is not a timelock a Governor can deploy, so this path cannot run on one',
      );
  });

  it('explains itself in English and Korean with the quorum bounds and the three delays', () => {
    const sentence = (language: 'en' | 'ko') => {
      const result = explain(document, language);
      if (!result.ok) throw new Error('does not explain');
      return result.paragraphs.map((paragraph) => paragraph.text).join(' ');
    };
    expect(sentence('en')).toContain(
      'At least 50% of the delegated ARB (less the voting power of 0x0000…4B86)',
    );
    expect(sentence('en')).toContain('The quorum is never below 150,000,000 ARB nor above 450,000,000 ARB.');
    expect(sentence('en')).toContain(
      'If it passes, an 8-day timelock follows, then a timelock of 6 days 8 hours 43 minutes 36 seconds follows, then a 3-day timelock follows',
    );
    expect(sentence('ko')).toContain('위임된 ARB의 50% 이상이 찬성 또는 기권해야');
    expect(sentence('ko')).toContain('정족수는 100,000,000 ARB 이상, 300,000,000 ARB 이하입니다.');
  });

  it('simulates: a constitutional proposal executes 34 days 8 h 43 min 36 s after it is made, a treasury one 20 days', async () => {
    const file = 'rules-schema/examples/arbitrum-dao.charter.json';
    const io = fakeIO({ [file]: readFileSync(file, 'utf8') });
    expect(await main(['simulate', file, '--runs', '100', '--json'], io)).toBe(0);
    const types = JSON.parse(io.out).types as {
      proposalType: string;
      timeToExecution: { min: number; max: number };
    }[];
    const time = (type: string) => types.find((entry) => entry.proposalType === type)!.timeToExecution;
    // 3 d delay + 14 d vote + 8 d + 549,816 s + 3 d; the late-quorum extension can add up to 2 days.
    expect(time('constitutional').min).toBe(3 * DAY + 14 * DAY + 8 * DAY + 549_816 + 3 * DAY);
    expect(time('constitutional').max).toBeLessThanOrEqual(2_969_016 + 2 * DAY);
    expect(time('non-constitutional').min).toBe(20 * DAY);
  });
});
