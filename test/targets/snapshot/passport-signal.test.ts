import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../compiler/compile/compile.ts';
import { verifySnapshot } from '../../../compiler/verify/snapshot/verify-snapshot.ts';

const template = JSON.parse(
  readFileSync(
    new URL('../../../rules-schema/examples/passport-signal.charter.json', import.meta.url),
    'utf8',
  ),
);

describe('the Passport-gated community signal template', () => {
  it('deploys on Snapshot: one VOTE per person, Passport score 20 to vote and propose, 21 votes of 84 as quorum', () => {
    const result = compile(template);
    if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
    const snapshot = result.config.targets.snapshot!;
    expect([snapshot.verdict, snapshot.problems]).toEqual(['supported', []]);
    const passport = { name: 'passport-gated', params: { scoreThreshold: 20, operator: 'NONE', stamps: [] } };
    expect((snapshot.parameters as { spaces: { space: unknown }[] }).spaces.map((s) => s.space)).toEqual([
      {
        name: 'Passport-gated community signal',
        network: '1',
        symbol: 'VOTE',
        strategies: [{ name: 'ticket', network: '1', params: { symbol: 'VOTE' } }],
        validation: passport,
        voteValidation: passport,
        // 25% of the 84 expected members; six days (Sep 09 to Sep 15) of voting.
        voting: { delay: 0, period: 518_400, type: 'basic', quorum: 21 },
      },
    ]);
  });

  it("passes snapshot.js's validateSchema, and snapshot.js scores 200 of the simulator's proposals as it does", () => {
    const result = verifySnapshot(template, { scenarios: 200 });
    expect(result.notVerifiable).toBeUndefined();
    expect(result.units.map((unit) => [unit.unit, unit.checks.length])).toEqual([['vote', 201]]);
    expect(result.units[0]!.checks.filter((check) => check.mismatch)).toEqual([]);
    // Both outcomes come up, so the comparison is not one-sided.
    const states = new Set(result.units[0]!.checks.slice(1).map((check) => check.summary.split(':')[0]));
    expect(states).toEqual(new Set(['passed', 'rejected']));
  });
});
