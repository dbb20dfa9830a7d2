import snapshot from '@snapshot-labs/snapshot.js';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { simulate } from '../../../compiler/simulate/simulate.ts';
import { snapshotJs } from '../../../compiler/verify/snapshot/snapshot-js.ts';
import { verifySnapshot } from '../../../compiler/verify/snapshot/verify-snapshot.ts';
import type { TargetVerification } from '../../../compiler/verify/target-verification.ts';
import type { TestNode } from '../../fixtures/wired-document.ts';
import { document, holders } from '../../simulate/compiled.ts';

const tokenAddress = '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984';
const signers = Array.from({ length: 9 }, (_, i) => `0x${(i + 1).toString(16).padStart(40, '0')}`);

/** A Snapshot-signalled decision: proposal → decision → Signal on Snapshot, its failure → Reject. */
function onSnapshot(decision: TestNode, voters: TestNode) {
  const failed = decision.kind === 'veto' ? 'vetoed' : 'failed';
  return document(
    'Boundary',
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
      `${decision.id}.passed -> sig.in`,
      `${decision.id}.${failed} -> stop.in`,
    ],
  );
}

const token = (supply: string): TestNode => ({
  id: 'tok',
  kind: 'token-holders',
  params: {
    token: { name: 'T', symbol: 'T', decimals: 0, totalSupply: supply, address: tokenAddress },
    standard: 'erc20-votes',
    delegation: false,
  },
});

const objection = (threshold: object): TestNode => ({
  id: 'object',
  kind: 'optimistic',
  params: { challengePeriod: 259_200, objectionThreshold: threshold },
});

/** Every check of every unit, with the mismatches first. */
function mismatches(result: TargetVerification) {
  return result.units.flatMap((unit) =>
    unit.checks.filter((check) => check.mismatch).map((check) => ({ unit: unit.unit, ...check })),
  );
}

const allAgainst = { turnout: 1, preference: { for: 0, against: 1, abstain: 0 } };

describe('verifySnapshot', () => {
  it('passes objections exactly at the rejection quorum, as Snapshot does, and rejects one more', () => {
    const rules = onSnapshot(objection({ percent: '12' }), token('1000'));
    // 12% of 1000 is a rejection quorum of 120: Snapshot rejects only when Against is more than 120.
    const at = verifySnapshot(rules, {
      scenarios: 3,
      scenario: { ...allAgainst, electorates: { tok: { distribution: 'csv', csv: holders(60, 60) } } },
    });
    expect(at.units.map((unit) => unit.deployed)).toEqual([
      'Snapshot space "Boundary" on network 1: basic voting, quorum 120 (rejection)',
    ]);
    expect(at.units[0]!.checks.map((check) => check.summary)).toEqual([
      "Space settings validated by snapshot.js's validateSchema",
      ...Array(3).fill('passed: For 0, Against 120, Abstain 0 (T)'),
    ]);
    expect(mismatches(at)).toEqual([]);
    const above = verifySnapshot(rules, {
      scenarios: 3,
      scenario: { ...allAgainst, electorates: { tok: { distribution: 'csv', csv: holders(60, 61) } } },
    });
    expect(above.units[0]!.checks[1]!.summary).toBe('rejected: For 0, Against 121, Abstain 0 (T)');
    expect(mismatches(above)).toEqual([]);
  });

  it('names the first field where the simulator and Snapshot disagree', () => {
    const rules = onSnapshot(objection({ percent: '12' }), token('1000'));
    // A simulator that blocks at the quorum itself, as Charter did before: Snapshot passes 120 objections.
    const blocksAtQuorum: typeof simulate = (config, scenario, options) => {
      const result = simulate(config, scenario, options);
      for (const trace of result.proposals)
        for (const step of trace.steps) if (step.node === 'object') step.branch = 'failed';
      return result;
    };
    const result = verifySnapshot(rules, {
      scenarios: 1,
      simulate: blocksAtQuorum,
      scenario: { ...allAgainst, electorates: { tok: { distribution: 'csv', csv: holders(60, 60) } } },
    });
    expect(mismatches(result)).toEqual([
      {
        unit: 'object',
        scenario: 1,
        summary: 'passed: For 0, Against 120, Abstain 0 (T)',
        mismatch: { field: 'state', simulator: 'rejected', real: 'passed' },
      },
    ]);
  });

  it("reports Snapshot's floating point at an exact tie with fractional voting power (0.2 + 0.4 > 0.6)", () => {
    // Known difference, not fixable in the settings: Snapshot adds voting power as JavaScript numbers, so objections
    // of exactly 0.6 tokens, cast as 0.2 and 0.4, sum to 0.6000000000000001 and exceed a rejection quorum of 0.6.
    const tenths = token('1.3');
    (tenths.params!.token as { decimals: number }).decimals = 1;
    const rules = onSnapshot(objection({ absolute: '0.6' }), tenths);
    const result = verifySnapshot(rules, {
      scenarios: 1,
      scenario: { ...allAgainst, electorates: { tok: { distribution: 'csv', csv: holders(2, 4) } } },
    });
    expect(mismatches(result)).toEqual([
      {
        unit: 'object',
        scenario: 1,
        summary: 'rejected: For 0, Against 0.6000000000000001, Abstain 0 (T)',
        mismatch: { field: 'state', simulator: 'passed', real: 'rejected' },
      },
    ]);
  });

  it('says why nothing can be verified when the rules emit no Snapshot space', () => {
    const rules = onSnapshot(objection({ percent: '12' }), token('1000'));
    (rules.chain as { chainId: number }).chainId = 130;
    expect(verifySnapshot(rules)).toMatchObject({
      target: 'snapshot',
      units: [],
      notVerifiable: 'The Snapshot target emits no space (its verdict is unsupported).',
    });
  });

  it('agrees with snapshot.js on random ballots at and around every quorum: majority votes, objections and vetoes', () => {
    let boundaries = 0;
    let checked = 0;
    fc.assert(
      fc.property(
        fc.record({
          kind: fc.constantFrom('majority-vote', 'optimistic', 'veto'),
          balances: fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 9 }),
          percent: fc.integer({ min: 0, max: 100 }),
          count: fc.integer({ min: 1, max: 9 }),
          byCount: fc.boolean(),
          turnout: fc.constantFrom(0.5, 0.8, 1),
          preference: fc.record({
            for: fc.integer({ min: 0, max: 3 }),
            against: fc.integer({ min: 1, max: 3 }),
            abstain: fc.integer({ min: 0, max: 2 }),
          }),
          seed: fc.integer({ min: 1, max: 2 ** 31 }),
        }),
        ({ kind, balances, percent, count, byCount, turnout, preference, seed }) => {
          const supply = String(balances.reduce((sum, balance) => sum + balance, 0));
          const members = signers.slice(0, balances.length);
          let rules: ReturnType<typeof document>;
          if (kind === 'veto') {
            const threshold = byCount
              ? { count: Math.min(count, members.length) }
              : { percent: String(percent) };
            rules = onSnapshot(
              { id: 'veto', kind: 'veto', params: { window: 604_800, threshold } },
              { id: 'council', kind: 'signers', params: { signers: members } },
            );
          } else if (kind === 'optimistic') {
            rules = onSnapshot(objection({ percent: String(percent) }), token(supply));
          } else {
            rules = onSnapshot(
              {
                id: 'vote',
                kind: 'majority-vote',
                params: {
                  quorum: { percent: String(percent) },
                  quorumCounts: 'all',
                  votingMode: 'vote-replacement',
                  votingDelay: 0,
                  votingPeriod: 86_400,
                },
              },
              token(supply),
            );
          }
          const result = verifySnapshot(rules, {
            seed,
            scenarios: 8,
            scenario: {
              turnout,
              preference,
              ...(kind === 'veto'
                ? {}
                : { electorates: { tok: { distribution: 'csv', csv: holders(...balances) } } }),
            },
          });
          expect(result.notVerifiable).toBeUndefined();
          expect(mismatches(result)).toEqual([]);
          for (const unit of result.units)
            for (const check of unit.checks.slice(1)) {
              checked++;
              const [, against] = /Against (\d+)/.exec(check.summary) ?? [];
              const quorum = Number(/quorum (\d+)/.exec(unit.deployed)?.[1]);
              const total = [...check.summary.matchAll(/(?:For|Against|Abstain) (\d+)/g)].reduce(
                (sum, [, n]) => sum + Number(n),
                0,
              );
              if (Number(against) === quorum || total === quorum) boundaries++;
            }
        },
      ),
      { numRuns: 150, seed: 0x5eed },
    );
    expect(checked).toBeGreaterThan(500);
    // The boundary itself comes up: Against (or the total) exactly at the quorum.
    expect(boundaries).toBeGreaterThan(20);
  });
});

describe("snapshot.js's own validateSchema", () => {
  it('throws when imported as installed: its pinned Ajv and the hoisted ajv-formats are two Ajv versions', () => {
    // Ajv logs the generated code it could not compile before throwing; keep it out of the test output.
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const installed = snapshot as unknown as {
      utils: { validateSchema(s: unknown, d: unknown): unknown };
      schemas: { space: object };
    };
    expect(() => installed.utils.validateSchema(installed.schemas.space, { name: 'x' })).toThrow(
      /Unexpected token/,
    );
    log.mockRestore();
  });

  it('validates with the Ajv it pins when loaded by snapshotJs, refusing what its schema refuses', () => {
    const { utils, schemas } = snapshotJs();
    const space = {
      name: 'ACME DAO',
      network: '1',
      symbol: 'ACME',
      strategies: [{ name: 'ticket', network: '1', params: { symbol: 'VOTE' } }],
      validation: { name: 'basic', params: { minScore: 1 } },
      voteValidation: { name: 'any', params: {} },
      voting: { delay: 0, period: 86_400, type: 'basic', quorum: 1 },
    };
    expect(utils.validateSchema(schemas.space, space)).toBe(true);
    expect(utils.validateSchema(schemas.space, { ...space, network: '130' })).toMatchObject([
      { instancePath: '/network', message: 'network not allowed' },
    ]);
    expect(
      utils.validateSchema(schemas.space, { ...space, voting: { ...space.voting, delay: 2_592_001 } }),
    ).toMatchObject([{ instancePath: '/voting/delay', message: 'Delay must be less than 30 days' }]);
  });
});
