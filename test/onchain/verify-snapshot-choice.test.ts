import { describe, expect, it } from 'vitest';
import { simulate } from '../../compiler/simulate/simulate.ts';
import { verifySnapshot } from '../../compiler/verify/snapshot/verify-snapshot.ts';
import type { TargetVerification } from '../../compiler/verify/target-verification.ts';
import type { TestNode } from '../fixtures/wired-document.ts';
import { document } from '../simulate/compiled.ts';

// Multi-choice Snapshot spaces (approval, ranked choice, quadratic, weighted) replayed on snapshot.js's own scoring.

const tokenAddress = '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984';
const members = Array.from({ length: 9 }, (_, i) => `0x${(i + 1).toString(16).padStart(40, '0')}`);

const tokenHolders: TestNode = {
  id: 'tok',
  kind: 'token-holders',
  params: {
    token: { name: 'T', symbol: 'T', decimals: 0, totalSupply: '1000', address: tokenAddress },
    standard: 'erc20-votes',
    delegation: false,
  },
};
const coop: TestNode = { id: 'coop', kind: 'members', params: { source: 'list', members } };

/** proposal → decision → Signal on Snapshot, its failure → Reject. */
function onSnapshot(decision: TestNode, voters: TestNode) {
  return document(
    'Choices',
    [
      { id: 'propose', kind: 'proposal', params: { types: ['signal'], minVotingPower: '1' } },
      voters,
      decision,
      { id: 'sig', kind: 'signal' },
      { id: 'stop', kind: 'reject' },
    ],
    [
      `${voters.id}.voters -> ${decision.id}.voters`,
      `propose.out -> ${decision.id}.in`,
      `${decision.id}.decided -> sig.in`,
      `${decision.id}.failed -> stop.in`,
    ],
  );
}

const cases: [string, TestNode, TestNode][] = [
  ['approval', { id: 'pick', kind: 'approval', params: {} }, tokenHolders],
  ['ranked-choice', { id: 'pick', kind: 'ranked-choice', params: {} }, tokenHolders],
  ['quadratic', { id: 'pick', kind: 'quadratic-voting', params: { creditsPerVoter: 1 } }, coop],
  [
    'weighted',
    {
      id: 'pick',
      kind: 'budget-split',
      params: { budget: '100000', asset: { symbol: 'USDC', decimals: 6 }, aggregation: 'mean' },
    },
    tokenHolders,
  ],
];

const mismatches = (result: TargetVerification) =>
  result.units.flatMap((unit) => unit.checks.filter((check) => check.mismatch !== undefined));

describe('verifySnapshot on multi-choice spaces', () => {
  it.each(cases)(
    '%s: snapshot.js scores the ballots as Charter does, over 200 proposals',
    (type, decision, voters) => {
      const result = verifySnapshot(onSnapshot(decision, voters), {
        scenarios: 200,
        scenario: { turnout: 0.6, preference: { for: 0.8, against: 0.1, abstain: 0.1 } },
      });
      expect(result.notVerifiable).toBeUndefined();
      const [unit] = result.units;
      expect(unit!.deployed).toBe(`Snapshot space "Choices" on network 1: ${type} voting, quorum 0`);
      expect(mismatches(result)).toEqual([]);
      const scenarios = unit!.checks.filter((check) => check.scenario > 0);
      expect(scenarios).toHaveLength(200);
      // Ballots were cast and scored on most proposals, with two to five options each.
      const scored = scenarios.filter((check) => /^decided: [1-9]\d* ballots?, /.test(check.summary));
      expect(scored.length).toBeGreaterThan(150);
      expect(new Set(scored.map((check) => check.summary.split('Option ').length - 1))).toEqual(
        new Set([2, 3, 4, 5]),
      );
    },
  );

  it('names the first proposal where the simulator took another exit than the replay', () => {
    const failsAll: typeof simulate = (config, scenario, hooks) => {
      const traced = simulate(config, scenario, hooks);
      for (const trace of traced.proposals)
        for (const step of trace.steps) if (step.node === 'pick') step.branch = 'failed';
      return traced;
    };
    const [, decision, voters] = cases[0]!;
    const result = verifySnapshot(onSnapshot(decision, voters), {
      scenarios: 3,
      simulate: failsAll,
      scenario: { turnout: 1, preference: { for: 1, against: 0, abstain: 0 } },
    });
    expect(mismatches(result)[0]).toMatchObject({
      scenario: 1,
      mismatch: { field: 'branch', simulator: 'failed', real: 'decided' },
    });
  });
});
