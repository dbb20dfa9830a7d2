import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../compiler/cli/main.ts';
import { compile } from '../../compiler/compile/compile.ts';
import type { CharterConfig } from '../../compiler/generated/charter-config.ts';
import { simulate } from '../../compiler/simulate/simulate.ts';
import { verifyAragonContracts } from '../../compiler/verify/aragon/verify-aragon-contracts.ts';
import { fakeIO } from '../cli/fake-io.ts';

// Aragon OSx 1.3.0's own TokenVoting and Multisig, compiled from npm @aragon/osx@1.3.0 (fetched, integrity-checked and
// cached on first use; AGPL-3.0-or-later, never vendored), replayed in the in-process EVM.

const read = (name: string) =>
  readFileSync(new URL(`../../rules-schema/examples/${name}.charter.json`, import.meta.url), 'utf8');

function compiled(text: string): CharterConfig {
  const result = compile(JSON.parse(text));
  if (!result.ok) throw new Error(`does not compile: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return result.config;
}

/**
 * aragon-dao with a token of 0 decimals and `supply` tokens, a quorum of `percent` % counting `counts` (all votes,
 * minParticipation; For only, build 3's minApprovals) and a support threshold.
 */
function withQuorum(supply: string, percent: string, support = '50', counts = 'all'): CharterConfig {
  const document = JSON.parse(read('aragon-dao'));
  for (const node of document.nodes) {
    if (node.id === 'acme') node.params.token = { ...node.params.token, decimals: 0, totalSupply: supply };
    if (node.id === 'vote') {
      node.params.quorum = { percent };
      node.params.supportThreshold = support;
      node.params.quorumCounts = counts;
    }
    if (node.id === 'propose') node.params.minVotingPower = '1';
  }
  return compiled(JSON.stringify(document));
}

/** Issue 17's token: 0 decimals, 1,000,000,001 tokens, a quorum of 4 %. */
const issue17 = () => withQuorum('1000000001', '4');

beforeAll(() => {
  execFileSync('node', [new URL('../../scripts/fetch-aragon-sources.js', import.meta.url).pathname]);
});

describe("charter verify --target aragon on Aragon OSx's own contracts", () => {
  it('agrees on aragon-dao, and each verdict is what TokenVoting and Multisig decide by hand', async () => {
    const io = fakeIO({ 'dao.json': read('aragon-dao') });
    expect(await main(['verify', 'dao.json', '--target', 'aragon', '--scenarios', '20'], io)).toBe(0);
    expect(io.err).toBe('');
    const lines = io.out.split('\n');
    expect(lines).toContain('  66 of 66 checks agree.');
    expect(lines.filter((line) => line.startsWith('    setup: agrees: '))).toEqual([
      '    setup: agrees: 2499999999999999999999999 of 10000000000000000000000000 voting at a quorum of 2500000000000000000000000: participation false',
      '    setup: agrees: 2500000000000000000000000 of 10000000000000000000000000 voting at a quorum of 2500000000000000000000000: participation true',
      '    setup: agrees: 1250000000000000000000000 yes against 1250000000000000000000000 no at a support threshold of 500000: not executed',
      '    setup: agrees: 1250000000000000000000001 yes against 1250000000000000000000000 no at a support threshold of 500000: executed',
      '    setup: agrees: 3 of 5 members approving: executed',
      '    setup: agrees: 2 of 5 members approving: not executed',
    ]);
    // aragon-dao: support threshold 50 % (yes > no), minimum participation 25 % of 10,000,000 ACME, worked by hand.
    const votes = lines.filter((line) => / yes, .* no, .* abstain of /.test(line));
    expect(votes).toHaveLength(40);
    for (const line of votes) {
      const [, yes, no, abstain, verdict] =
        / (\d+) yes, (\d+) no, (\d+) abstain of \d+: (executed|not executed)/.exec(line)!;
      const turnout = BigInt(yes!) + BigInt(no!) + BigInt(abstain!);
      const passes = BigInt(yes!) > BigInt(no!) && turnout >= 2_500_000n * 10n ** 18n;
      expect(verdict, line).toBe(passes ? 'executed' : 'not executed');
    }
    expect(new Set(votes.map((line) => /: (executed|not executed)/.exec(line)![1]))).toEqual(
      new Set(['executed', 'not executed']),
    );
    // The Multisig needs 3 approvals of its 5 stewards.
    const approvals = lines.filter((line) => / of 3 approvals needed: /.test(line));
    expect(approvals).toHaveLength(20);
    for (const line of approvals) {
      const [, count, verdict] = /(\d) of 3 approvals needed: (executed|not executed)/.exec(line)!;
      expect(verdict, line).toBe(Number(count) >= 3 ? 'executed' : 'not executed');
    }
  });

  it("agrees at issue 17's boundary on the contract: 40,000,000 of 1,000,000,001 misses the 4 %, 40,000,001 reaches it", async () => {
    const vote = (await verifyAragonContracts(issue17(), { scenarios: 5 })).units[0]!;
    expect(vote.checks.filter((check) => check.mismatch)).toEqual([]);
    expect(vote.checks.filter((check) => check.scenario === 0)).toEqual([
      { scenario: 0, summary: '40000000 of 1000000001 voting at a quorum of 40000001: participation false' },
      { scenario: 0, summary: '40000001 of 1000000001 voting at a quorum of 40000001: participation true' },
      {
        scenario: 0,
        summary: '20000001 yes against 20000001 no at a support threshold of 500000: not executed',
      },
      { scenario: 0, summary: '20000002 yes against 20000001 no at a support threshold of 500000: executed' },
    ]);
  });

  it('names a simulator that rounds the quorum down, as OpenZeppelin does, on the contract itself', async () => {
    const floored: typeof simulate = (config, scenario, options) => {
      const result = simulate(config, scenario, options);
      for (const trace of result.proposals)
        for (const step of trace.steps)
          if (step.node === 'vote' && step.quorum) {
            step.quorum.needed = '40000000';
            step.quorum.met = BigInt(step.quorum.counted) >= 40_000_000n;
          }
      return result;
    };
    const vote = (await verifyAragonContracts(issue17(), { scenarios: 2, simulate: floored })).units[0]!;
    // With the simulator's 40,000,000 the boundary holders are 39,999,999 and 1: the contract wants one more.
    expect(vote.checks[0]).toEqual({
      scenario: 0,
      summary: '39999999 of 1000000001 voting at a quorum of 40000000: participation false',
      mismatch: { field: 'minVotingPower', simulator: '40000000', real: '40000001' },
    });
    expect(vote.checks[1]!.mismatch).toEqual({
      field: 'minVotingPower',
      simulator: '40000000',
      real: '40000001',
    });
  });

  it("the simulator's quorum and support threshold are TokenVoting's on random supplies, at their boundaries", async () => {
    // Any supply, any quorum and support threshold in millionths (what TokenVoting's settings hold): the contract's
    // ceil(supply × ratio), participation missed one base unit below it and reached at it, and an exact tie at the
    // support threshold failing where one more yes passes, each as the simulator says.
    const percent = (millionths: number) => (millionths / 10_000).toFixed(4).replace(/\.?0+$/, '');
    let supportChecked = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.bigInt({ min: 1_000n, max: 10n ** 30n }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 999_999 }),
        fc.constantFrom('all', 'for'),
        async (supply, quorum, support, counts) => {
          const config = withQuorum(String(supply), percent(quorum), percent(support), counts);
          const vote = (await verifyAragonContracts(config, { scenarios: 1 })).units[0]!;
          expect(vote.checks.filter((check) => check.mismatch)).toEqual([]);
          // A quorum of one base unit has no "one below" to try; every other one is tried at its boundary.
          const needed = (supply * BigInt(quorum) + 999_999n) / 1_000_000n;
          const setup = vote.checks.filter((check) => check.scenario === 0).map((check) => check.summary);
          expect(setup.filter((summary) => summary.includes('participation'))).toHaveLength(
            needed >= 2n ? 2 : 0,
          );
          const ties = setup.filter((summary) => summary.includes('support threshold')).length;
          expect([0, 2]).toContain(ties);
          supportChecked += ties;
        },
      ),
      { numRuns: 12, seed: 17 },
    );
    // The tie needs room under the supply beside the quorum: most runs have it.
    expect(supportChecked).toBeGreaterThan(0);
  }, 600_000);

  it("agrees on a quorum of For votes only: build 3's minApprovals on the contract's own tally", async () => {
    const document = JSON.parse(read('aragon-dao'));
    for (const node of document.nodes) if (node.id === 'vote') node.params.quorumCounts = 'for';
    const vote = (await verifyAragonContracts(compiled(JSON.stringify(document)), { scenarios: 20 }))
      .units[0]!;
    expect(vote.deployed).toContain('minApprovals 250000 is not in build 2');
    expect(vote.checks.filter((check) => check.mismatch)).toEqual([]);
    expect(vote.checks.filter((check) => check.scenario === 0).map((check) => check.summary)).toEqual([
      '2499999999999999999999999 of 10000000000000000000000000 voting For at a quorum of 2500000000000000000000000: participation false',
      '2500000000000000000000000 of 10000000000000000000000000 voting For at a quorum of 2500000000000000000000000: participation true',
      '2500000000000000000000000 yes against 2500000000000000000000000 no at a support threshold of 500000: not executed',
      '2500000000000000000000001 yes against 2500000000000000000000000 no at a support threshold of 500000: executed',
    ]);
  });

  it('names a multisig the simulator lets through with one approval too few', async () => {
    const lenient: typeof simulate = (config, scenario, options) => {
      const result = simulate(config, scenario, options);
      for (const trace of result.proposals)
        for (const step of trace.steps)
          if (step.node === 'multisig' && step.tally?.for === '2') step.branch = 'passed';
      return result;
    };
    const result = await verifyAragonContracts(compiled(read('aragon-dao')), {
      scenarios: 50,
      simulate: lenient,
    });
    const failed = result.units[1]!.checks.find((check) => check.mismatch)!;
    expect(failed.mismatch).toEqual({ field: 'passes', simulator: 'true', real: 'false' });
    expect(failed.summary).toContain('2 of 3 approvals needed: not executed');
  });
});
