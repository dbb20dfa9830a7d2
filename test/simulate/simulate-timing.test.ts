import { describe, expect, it } from 'vitest';
import type { CharterConfig } from '../../compiler/generated/charter-config.ts';
import { earlyDecision } from '../../compiler/simulate/early-decision.ts';
import { simulate } from '../../compiler/simulate/simulate.ts';
import { compiled, template } from './compiled.ts';

const E25 = 10n ** 25n;
const half = { num: 1n, den: 2n };

/** The token-governor template with its vote's params changed (and its clock, when given), compiled. */
function governor(params: Record<string, unknown>, clockMode?: 'timestamp'): CharterConfig {
  const document = template('token-governor');
  Object.assign(document.nodes.find((node) => node.id === 'vote')!.params!, params);
  if (clockMode !== undefined) (document.chain as { clockMode: string }).clockMode = clockMode;
  return compiled(document);
}

const holders = (...balances: bigint[]) =>
  balances.map((balance, i) => `0x${(i + 1).toString(16).padStart(40, '0')},${balance}`).join('\n');

const run = (config: CharterConfig, csv: string) =>
  simulate(config, {
    seed: 2,
    electorates: { uni: { distribution: 'csv', csv } },
    turnout: 1,
    preference: { for: 1, against: 0, abstain: 0 },
    proposals: [{ type: 'parameter-change' }],
  }).proposals[0]!;

describe('simulate: when a token vote ends', () => {
  it('extends the deadline when quorum comes late (GovernorPreventLateQuorum)', () => {
    // A one-second period on a timestamp clock: the vote lands at second 1, quorum with it, so the vote runs to
    // 1 + 1,000.
    const config = governor({ votingDelay: 0, votingPeriod: 1, lateQuorumExtension: 1000 }, 'timestamp');
    const trace = run(config, holders(5n * E25));
    expect(trace.steps[1]).toMatchObject({ node: 'vote', branch: 'passed', at: 0, until: 1001 });
    expect(trace.executableAfter).toBe(1001 + 172_800);
  });

  it('casts votes in blocks on a block-number clock, so a late quorum extends from its block', () => {
    // 12-second blocks, a one-block period: the vote drawn at second 1 is cast in the proposal's next block
    // (second 12), and the extension of 100 blocks runs from there: 12 + 1,200.
    const trace = run(
      governor({ votingDelay: 0, votingPeriod: 12, lateQuorumExtension: 1200 }),
      holders(5n * E25),
    );
    expect(trace.steps[1]).toMatchObject({ node: 'vote', branch: 'passed', at: 0, until: 1212 });
  });

  it('ends at the deadline in the standard mode, and no later than it with early execution', () => {
    const csv = holders(60n * E25, 40n * E25);
    const standard = run(governor({ votingDelay: 0, votingPeriod: 100 }), csv);
    expect(standard.steps[1]!.until).toBe(100);
    const early = run(governor({ votingDelay: 0, votingPeriod: 100, votingMode: 'early-execution' }), csv);
    expect(early.steps[1]!.until).toBeGreaterThanOrEqual(1);
    expect(early.steps[1]!.until).toBeLessThanOrEqual(100);
    expect(early.steps[1]!.branch).toBe('passed');
  });

  it('ends early once a super quorum of For is winning', () => {
    const trace = run(
      governor({
        votingDelay: 0,
        votingPeriod: 1_000_000,
        superQuorum: '10',
      }),
      holders(20n * E25),
    );
    expect(trace.steps[1]!.branch).toBe('passed');
    expect(trace.steps[1]!.until).toBeLessThan(1_000_000);
  });
});

describe('earlyDecision', () => {
  const supply = 100n;
  const quorum = (tally: { for: bigint; abstain: bigint }) => tally.for + tally.abstain >= 10n;

  it('settles when For beats Against plus every vote not yet cast', () => {
    const votes = [
      { support: 'for' as const, weight: 30n, at: 5 },
      { support: 'against' as const, weight: 10n, at: 6 },
      { support: 'for' as const, weight: 25n, at: 9 },
      { support: 'for' as const, weight: 5n, at: 12 },
    ];
    // At 9: For 55 against Against 10 + 35 not cast = 45, so it is settled.
    expect(earlyDecision(votes, supply, half, quorum)).toBe(9);
    // Exactly half is not enough: For 50 against 10 + 40.
    expect(
      earlyDecision(votes.slice(0, 2).concat({ support: 'for', weight: 20n, at: 9 }), supply, half, quorum),
    ).toBe(undefined);
  });

  it('waits for quorum even when For is ahead of everything', () => {
    const strict = () => false;
    expect(earlyDecision([{ support: 'for', weight: 100n, at: 1 }], supply, half, strict)).toBeUndefined();
  });
});
