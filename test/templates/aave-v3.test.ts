import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../compiler/cli/main.ts';
import { explain } from '../../compiler/explain/explain.ts';
import { explainTargets } from '../../compiler/explain/explain-targets.ts';
import type { ConfigBody } from '../../compiler/generated/charter-config.ts';
import { majorityVoteStep } from '../../compiler/nodes/kinds/majority-vote/step.ts';
import type { DecisionInput } from '../../compiler/nodes/simulation-step.ts';
import { fakeIO } from '../cli/fake-io.ts';
import { compiled, template } from '../simulate/compiled.ts';

// Aave Governance v3's two levels, each number worked out by hand from aave-governance-v3's deploy scripts and
// GovernanceCore (the template's description names them): whole AAVE × 10^18, days × 86,400 s.

type Json = Record<string, unknown>;
const document = template('aave-v3');
const config = JSON.parse(JSON.stringify(compiled(document))) as Json & { bodies: ConfigBody[] };
const body = (id: string) => config.bodies.find((candidate) => candidate.id === id)!;
const route = (type: string) =>
  (
    config.routes as {
      proposalType: string;
      minVotingPower: string;
      steps: { kind: string; rule: Json }[];
    }[]
  ).find((candidate) => candidate.proposalType === type)!;
const E18 = 10n ** 18n;
const wei = (tokens: bigint) => (tokens * E18).toString();
const DAY = 86_400;

describe('Aave Governance v3 (two levels)', () => {
  it("has Deploy_Governance.s.sol's voting configs: cooldown, duration, yesThreshold and yesNoDifferential", () => {
    expect(body('vote-1').rule).toMatchObject({
      votingDelay: 1 * DAY,
      votingPeriod: 3 * DAY,
      forThreshold: wei(320_000n),
      forMargin: wei(80_000n),
      quorum: { absolute: '0' },
      quorumCounts: 'for',
    });
    expect(body('vote-2').rule).toMatchObject({
      votingDelay: 1 * DAY,
      votingPeriod: 7 * DAY,
      forThreshold: wei(1_400_000n),
      forMargin: wei(1_400_000n),
    });
  });

  it('needs proposition power strictly above 50,000 and 80,000 AAVE: one base unit more, at least', () => {
    expect(route('level-1').minVotingPower).toBe(String(50_000n * E18 + 1n));
    expect(route('level-2').minVotingPower).toBe(String(80_000n * E18 + 1n));
  });

  it('waits the executors’ 1 and 7 days and expires after the 7-day grace period', () => {
    const timelock = (type: string) => route(type).steps.find((step) => step.kind === 'timelock')!.rule;
    expect(timelock('level-1')).toMatchObject({ delay: 1 * DAY, gracePeriod: 7 * DAY, executors: 'anyone' });
    expect(timelock('level-2')).toMatchObject({ delay: 7 * DAY, gracePeriod: 7 * DAY, executors: 'anyone' });
  });

  it('passes Level 1 exactly as GovernanceCore: For > 320,000 and For − Against > 80,000, in base units', () => {
    const electorate = {
      supply: 16_000_000n * E18,
      holders: [
        { address: '0x0000000000000000000000000000000000000001', balance: 400_000n * E18, active: true },
        { address: '0x0000000000000000000000000000000000000002', balance: 320_000n * E18, active: true },
        { address: '0x0000000000000000000000000000000000000003', balance: 320_000n * E18 - 1n, active: true },
      ],
    };
    const decide = (votes: [number, 'for' | 'against'][]) =>
      majorityVoteStep.role === 'decision'
        ? majorityVoteStep.decide({
            config,
            body: body('vote-1'),
            electorate,
            votes: votes.map(([holder, support]) => ({ holder, support, moment: 0.5 })),
            executesOn: [],
          } as unknown as DecisionInput)
        : undefined;
    expect(decide([[1, 'for']])).toMatchObject({ exit: 'failed' }); // exactly 320,000 For is not above it
    expect(decide([[0, 'for']])).toMatchObject({ exit: 'passed' });
    // 400,000 − 320,000 = 80,000: not more than the differential.
    expect(
      decide([
        [0, 'for'],
        [1, 'against'],
      ]),
    ).toMatchObject({ exit: 'failed' });
    // 400,000 − (320,000 − 1 base unit) = 80,000 + 1 base unit: more than it.
    expect(
      decide([
        [0, 'for'],
        [2, 'against'],
      ]),
    ).toMatchObject({ exit: 'passed' });
  });

  it('runs on the OpenZeppelin target, both levels: CharterGovernor with the threshold, the margin and the grace', () => {
    const targets = config.targets as Record<string, { verdict: string; parameters: { governors: Json[] } }>;
    expect(targets.openzeppelin!.verdict).toBe('supported');
    const governors = targets.openzeppelin!.parameters.governors;
    expect(
      governors.map((entry) => [
        entry.vote,
        (entry.governor as Json).forThreshold,
        (entry.governor as Json).forMargin,
        (entry.timelockController as Json).minDelay,
        (entry.timelockController as Json).gracePeriod,
      ]),
    ).toEqual([
      [
        'vote-1',
        `320000${E18.toString().slice(1)}`,
        `80000${E18.toString().slice(1)}`,
        String(DAY),
        String(7 * DAY),
      ],
      [
        'vote-2',
        `1400000${E18.toString().slice(1)}`,
        `1400000${E18.toString().slice(1)}`,
        String(7 * DAY),
        String(7 * DAY),
      ],
    ]);
  });

  it('says what the Governor enforces of the grace period, in English and Korean', () => {
    const enforced = (language: 'en' | 'ko') => {
      const result = explainTargets(document, language);
      if (!result.ok) throw new Error('does not explain');
      return result.targets.find((target) => target.target === 'openzeppelin')!.enforces.map((s) => s.text);
    };
    const [level1, level2] = enforced('en');
    expect(level1).toContain(
      'For must be more than 320,000 AAVE, and For must lead Against by more than 80,000 AAVE.',
    );
    expect(level1).toContain(
      'The Governor keeps the grace period of Level 1 executor (1 day): only it executes on the TimelockController ' +
        '(anyone may call its execute once the delay of 1 day has passed), and from 7 days after that it calls the ' +
        'proposal Expired and will not execute it.',
    );
    expect(level2).toContain('the delay of 7 days has passed), and from 7 days after that');
    const [korean] = enforced('ko');
    expect(korean).toContain(
      'Level 1 executor (1 day)의 유예 기간은 거버너가 지킵니다: TimelockController에서 실행하는 것은 거버너뿐이고' +
        '(1일 지연이 지나면 누구나 거버너의 execute를 부를 수 있습니다), 그로부터 7일이 지나면 거버너는 제안을 만료로 ' +
        '보고 실행하지 않습니다.',
    );
  });

  it('explains itself in English and Korean', () => {
    const sentence = (language: 'en' | 'ko') => {
      const result = explain(document, language);
      if (!result.ok) throw new Error('does not explain');
      return result.paragraphs.map((paragraph) => paragraph.text).join(' ');
    };
    expect(sentence('en')).toContain(
      'For must beat Against; For must be more than 320,000 AAVE, and For must lead Against by more than 80,000 AAVE.',
    );
    expect(sentence('ko')).toContain(
      '찬성이 1,400,000 AAVE를 넘어야 하고, 찬성이 반대보다 1,400,000 AAVE 넘게 많아야 합니다.',
    );
  });

  it('simulates: Level 1 executes 1 + 3 + 1 days after the proposal, Level 2 1 + 7 + 7 days', async () => {
    const file = 'rules-schema/examples/aave-v3.charter.json';
    const io = fakeIO({ [file]: readFileSync(file, 'utf8') });
    expect(await main(['simulate', file, '--runs', '100', '--json'], io)).toBe(0);
    const types = JSON.parse(io.out).types as {
      proposalType: string;
      timeToExecution: { min: number; max: number };
    }[];
    const time = (type: string) => types.find((entry) => entry.proposalType === type)!.timeToExecution;
    expect(time('level-1')).toMatchObject({ min: 5 * DAY, max: 5 * DAY });
    expect(time('level-2')).toMatchObject({ min: 15 * DAY, max: 15 * DAY });
  });
});
