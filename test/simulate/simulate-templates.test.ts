import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CharterConfig } from '../../compiler/generated/charter-config.ts';
import type { Scenario } from '../../compiler/simulate/scenario/scenario.ts';
import { simulate } from '../../compiler/simulate/simulate.ts';
import { templateNames } from '../fixtures/template-names.ts';
import { compiledTemplate } from './compiled.ts';

/** The template's config, as `compile` gives it. */
const config = (name: string): CharterConfig => compiledTemplate(name);

const address = (n: number) => `0x${n.toString(16).padStart(40, '0')}`;
const allFor = { for: 1, against: 0, abstain: 0 };
const allAgainst = { for: 0, against: 1, abstain: 0 };

describe('simulate on the token-governor template', () => {
  // 4% of 10^9 UNI: 4 · 10^7 UNI = 4 · 10^25 base units.
  const quorum = 40_000_000n * 10n ** 18n;
  const governor = config('token-governor');
  const scenario = (balance: bigint): Scenario => ({
    seed: 1,
    electorates: { uni: { distribution: 'csv', csv: `address,balance\n${address(1)},${balance}\n` } },
    turnout: 1,
    preference: allFor,
    proposals: [{ type: 'treasury-transfer' }],
  });

  it('passes with For at quorum and executes after delay + period + timelock', () => {
    expect(simulate(governor, scenario(quorum)).proposals).toEqual([
      {
        type: 'treasury-transfer',
        amount: '0',
        outcome: 'executed',
        end: 'run',
        // 157,680 s voting delay + 483,840 s voting period + 172,800 s timelock.
        executableAfter: 814_320,
        steps: [
          {
            node: 'propose',
            kind: 'proposal',
            at: 0,
            until: 0,
            branch: 'out',
            // The proposal threshold: 1,000,000 UNI.
            threshold: {
              rule: 'proposer votes ≥ proposal threshold',
              needed: String(10n ** 24n),
              counted: String(quorum),
              met: true,
            },
          },
          {
            node: 'vote',
            kind: 'majority-vote',
            at: 0,
            until: 641_520,
            branch: 'passed',
            tally: { for: String(quorum), against: '0', abstain: '0', voters: 1 },
            quorum: { needed: String(quorum), counted: String(quorum), met: true },
            threshold: {
              rule: '(1 − 50%) · For > 50% · Against',
              needed: '50%',
              counted: String(quorum),
              met: true,
            },
          },
          { node: 'delay', kind: 'timelock', at: 641_520, until: 814_320, branch: 'out' },
          { node: 'run', kind: 'execute', at: 814_320, until: 814_320, branch: null },
        ],
      },
    ]);
  });

  it('fails with For one base unit below quorum, though no one votes Against', () => {
    const [trace] = simulate(governor, scenario(quorum - 1n)).proposals;
    expect(trace!.outcome).toBe('rejected');
    expect(trace!.end).toBe('stop');
    expect(trace!.executableAfter).toBeNull();
    expect(trace!.steps.map((step) => [step.node, step.branch, step.at, step.until])).toEqual([
      ['propose', 'out', 0, 0],
      ['vote', 'failed', 0, 641_520],
      ['stop', null, 641_520, 641_520],
    ]);
    expect(trace!.steps[1]!.quorum).toEqual({
      needed: String(quorum),
      counted: String(quorum - 1n),
      met: false,
    });
    expect(trace!.steps[1]!.threshold!.met).toBe(true);
  });

  it('is not proposed when no delegated holder has the 1,000,000 UNI proposal threshold', () => {
    const threshold = 10n ** 24n;
    // At the threshold it is proposed, then fails the 4% quorum.
    const proposed = simulate(governor, scenario(threshold)).proposals[0]!;
    expect([proposed.steps[0]!.threshold!.met, proposed.outcome, proposed.end]).toEqual([
      true,
      'rejected',
      'stop',
    ]);
    const [trace] = simulate(governor, scenario(threshold - 1n)).proposals;
    expect(trace).toEqual({
      type: 'treasury-transfer',
      amount: '0',
      outcome: 'not-proposed',
      end: null,
      executableAfter: null,
      steps: [
        {
          node: 'propose',
          kind: 'proposal',
          at: 0,
          until: 0,
          branch: null,
          threshold: {
            rule: 'proposer votes ≥ proposal threshold',
            needed: String(threshold),
            counted: String(threshold - 1n),
            met: false,
          },
        },
      ],
    });
  });

  it('gives no route to a type the config does not know', () => {
    const result = simulate(governor, { seed: 1, proposals: [{ type: 'grant' }] });
    expect(result.proposals[0]).toEqual({
      type: 'grant',
      amount: '0',
      steps: [],
      outcome: 'no-route',
      end: null,
      executableAfter: null,
    });
  });
});

describe('simulate on the other templates', () => {
  it('bicameral-veto: the Citizens House vetoes what the Token House passed, after the veto window', () => {
    const result = simulate(config('bicameral-veto'), {
      seed: 3,
      turnout: 1,
      preference: allFor,
      proposals: [
        { type: 'protocol-upgrade', byElectorate: { citizens: { preference: allAgainst } } },
        { type: 'protocol-upgrade' },
      ],
    });
    const [vetoed, passed] = result.proposals;
    expect(vetoed!.steps.map((step) => [step.node, step.branch, step.until])).toEqual([
      ['propose', 'out', 0],
      ['house', 'passed', 604_800],
      ['veto', 'vetoed', 1_209_600],
      ['vetoed', null, 1_209_600],
    ]);
    // 30% of 10 citizens: ⌈3⌉ vetoes needed, all 10 vetoed.
    expect(vetoed!.steps[2]!.threshold).toEqual({
      rule: 'vetoes ≥ needed blocks',
      needed: '3',
      counted: '10',
      met: true,
    });
    expect([passed!.outcome, passed!.executableAfter]).toEqual(['executed', 1_209_600]);
  });

  it('staged-dao: the current stage routes to the team multisig; the scenario can set another stage', () => {
    const staged = config('staged-dao');
    const base = { seed: 5, turnout: 1, preference: allFor, proposals: [{ type: 'upgrade' }] };
    const team = simulate(staged, base).proposals[0]!;
    expect(team.steps.map((step) => step.node)).toEqual(['propose', 'stages', 'multisig', 'delay1', 'safe']);
    expect(team.steps[2]!.threshold).toEqual({
      rule: 'approvals ≥ threshold',
      needed: '3',
      counted: '5',
      met: true,
    });
    expect(team.executableAfter).toBe(172_800);
    const vote = simulate(staged, { ...base, stage: 'vote' }).proposals[0]!;
    expect(vote.steps.map((step) => step.node)).toEqual([
      'propose',
      'stages',
      'vote2',
      'veto',
      'delay2',
      'run2',
    ]);
    // 1 day delay + 7 days voting, 2-day veto window, 2-day timelock.
    expect(vote.executableAfter).toBe(86_400 + 604_800 + 172_800 + 172_800);
    const nowhere = simulate(staged, { ...base, stage: 'gone' }).proposals[0]!;
    expect([nowhere.outcome, nowhere.steps.at(-1)!.branch]).toEqual(['stalled', null]);
  });

  it('cooperative: two thirds of the members must vote For a bylaw amendment', () => {
    const coop = config('cooperative');
    const members = coop.electorates[0]!.addresses!.length;
    expect(members).toBe(9);
    const run = (preference: typeof allFor) =>
      simulate(coop, { seed: 9, turnout: 1, preference, proposals: [{ type: 'bylaw-amendment' }] })
        .proposals[0]!;
    const amended = run(allFor);
    // It executes on Aragon, which rounds 50 % of 9 members up (`_applyRatioCeiled`): 5 must vote, not 4.
    expect(amended.steps[2]!.quorum).toEqual({ needed: '5', counted: '9', met: true });
    // The 14-day vote, then execution: Aragon runs no notice delay, so the template has none.
    expect([amended.outcome, amended.executableAfter]).toEqual(['executed', 1_209_600]);
    expect(run(allAgainst).end).toBe('kept');
  });
});

describe('simulate', () => {
  it('is deterministic for a seed, and its traces are consistent', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...templateNames),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (name, seed, turnout, delegationRate) => {
          const compiled = config(name);
          const scenario: Scenario = {
            seed,
            turnout,
            delegationRate,
            defaultElectorate: { distribution: 'pareto', holders: 20, alpha: 1.5 },
            proposals: compiled.routes.map((route) => ({ type: route.proposalType })),
          };
          const first = simulate(compiled, scenario);
          const second = simulate(compiled, structuredClone(scenario));
          expect(second).toEqual(first);
          expect(JSON.parse(JSON.stringify(first))).toEqual(first);
          for (const trace of first.proposals) {
            for (const step of trace.steps) expect(step.until).toBeGreaterThanOrEqual(step.at);
            const end = trace.steps.find((step) => step.node === trace.end);
            expect(trace.executableAfter).toBe(trace.outcome === 'executed' ? end!.at : null);
            for (const step of trace.steps)
              if (step.quorum !== undefined)
                expect(step.quorum.met).toBe(BigInt(step.quorum.counted) >= BigInt(step.quorum.needed));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
