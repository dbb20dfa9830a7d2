// The simulator agrees with OpenZeppelin's Governor on chain: 200 random rule documents (supply distribution, clock,
// delay and period, quorum, its base (supply or delegated) and bounds, super quorum, late-quorum extension, timelock
// delay, proposal threshold, votes), each
// deployed in an in-process EVM and replayed with the votes the simulator drew, with zero mismatches.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile/compile.ts';
import type { ElectorateModel, Scenario } from '../../compiler/simulate/scenario/scenario.ts';
import { holderAddress } from '../../compiler/verify/holder-address.ts';
import { type Chain, openChain } from '../../compiler/verify/open-chain.ts';
import { verifyGovernors } from '../../compiler/verify/verify-governors.ts';

const template = JSON.parse(
  readFileSync(new URL('../../rules-schema/examples/token-governor.charter.json', import.meta.url), 'utf8'),
);

/** One random case: a variant of the token-governor template and who votes how. */
interface Case {
  clockMode: 'blocknumber' | 'timestamp';
  blockTime: number;
  /** Clock units (blocks or seconds). */
  delay: number;
  period: number;
  extension: number;
  quorum: string;
  superQuorum: string | undefined;
  /** Seconds. */
  timelockDelay: number;
  supply: string;
  decimals: number;
  minVotingPower: string;
  electorate: ElectorateModel | 'at-quorum' | 'below-quorum' | 'tie';
  turnout: number;
  preference: { for: number; against: number; abstain: number };
  delegationRate: number;
  /** Arbitrum's quorum: of the delegated supply, and within whole-token bounds. */
  shape?: { delegated: boolean; minimum?: string; maximum?: string };
  seed: number;
}

const quorums = ['0', '1', '4', '4.5', '10', '33.3333', '50', '100'];

const caseArbitrary: fc.Arbitrary<Case> = fc
  .record({
    clockMode: fc.constantFrom('blocknumber', 'timestamp'),
    blockTime: fc.constantFrom(1, 2, 12),
    delay: fc.integer({ min: 0, max: 20_000 }),
    period: fc.integer({ min: 1, max: 50_000 }),
    extensionShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    quorum: fc.constantFrom(...quorums),
    superQuorumStep: fc.option(fc.integer({ min: 0, max: 7 }), { nil: undefined, freq: 3 }),
    timelockDelay: fc.constantFrom(0, 1, 3_600, 172_800),
    supply: fc.constantFrom('1000', '1000000', '1000000000', '123456789.123456789'),
    decimals: fc.constantFrom(9, 18),
    thresholdShare: fc.constantFrom(0, 0, 0, 1, 10),
    electorate: fc.oneof(
      fc.record({ distribution: fc.constant('equal' as const), holders: fc.integer({ min: 1, max: 30 }) }),
      fc.record({
        distribution: fc.constant('pareto' as const),
        holders: fc.integer({ min: 1, max: 40 }),
        alpha: fc.constantFrom(0.8, 1.16, 2),
      }),
      fc.record({
        distribution: fc.constant('whales' as const),
        holders: fc.integer({ min: 3, max: 30 }),
        whales: fc.integer({ min: 1, max: 3 }),
        whaleShare: fc.constantFrom('30', '60', '90'),
      }),
      fc.constantFrom('at-quorum' as const, 'below-quorum' as const, 'tie' as const),
    ),
    turnout: fc.constantFrom(0, 0.3, 0.7, 1),
    preference: fc.constantFrom(
      { for: 0.6, against: 0.3, abstain: 0.1 },
      { for: 1, against: 1, abstain: 0 },
      { for: 0, against: 0, abstain: 1 },
      { for: 0.3, against: 0.6, abstain: 0.1 },
    ),
    delegationRate: fc.constantFrom(1, 0.7),
    shape: fc.option(
      fc.record({
        delegated: fc.boolean(),
        minimumShare: fc.constantFrom(undefined, 1n, 10n),
        maximumShare: fc.constantFrom(undefined, 5n, 30n),
      }),
      { nil: undefined, freq: 2 },
    ),
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  })
  .map((raw) => {
    const superIndex =
      raw.superQuorumStep === undefined
        ? undefined
        : Math.min(quorums.length - 1, quorums.indexOf(raw.quorum) + raw.superQuorumStep);
    const exact = raw.electorate === 'at-quorum' || raw.electorate === 'below-quorum';
    // Bounds as whole-token shares of the supply's whole part; a maximum below the minimum is left out.
    const whole = BigInt(raw.supply.split('.')[0]!);
    const minimum =
      raw.shape?.minimumShare === undefined ? undefined : (whole * raw.shape.minimumShare) / 100n;
    const maximum =
      raw.shape?.maximumShare === undefined ? undefined : (whole * raw.shape.maximumShare) / 100n;
    const shape =
      raw.shape === undefined || exact || raw.electorate === 'tie'
        ? undefined
        : {
            delegated: raw.shape.delegated,
            ...(minimum === undefined ? {} : { minimum: String(minimum) }),
            ...(maximum === undefined || (minimum !== undefined && maximum < minimum)
              ? {}
              : { maximum: String(maximum) }),
          };
    return {
      clockMode: raw.clockMode,
      blockTime: raw.blockTime,
      delay: raw.delay,
      period: raw.period,
      extension: raw.extensionShare === undefined ? 0 : Math.floor(raw.extensionShare * raw.period),
      quorum: exact && raw.quorum === '0' ? '4' : raw.quorum,
      superQuorum: superIndex === undefined || exact ? undefined : quorums[superIndex],
      timelockDelay: raw.timelockDelay,
      supply: raw.supply,
      decimals: raw.decimals,
      minVotingPower: raw.thresholdShare === 0 ? '0' : String(raw.thresholdShare),
      electorate: raw.electorate,
      turnout: exact ? 1 : raw.electorate === 'tie' ? 1 : raw.turnout,
      preference: exact
        ? { for: 0.5, against: 0, abstain: 0.5 }
        : raw.electorate === 'tie'
          ? { for: 1, against: 1, abstain: 0 }
          : raw.preference,
      delegationRate: exact || raw.electorate === 'tie' ? 1 : raw.delegationRate,
      ...(shape === undefined ? {} : { shape }),
      seed: raw.seed,
    };
  });

function documentFor(c: Case) {
  const document = structuredClone(template);
  const unit = c.clockMode === 'blocknumber' ? c.blockTime : 1;
  document.chain = { chainId: 1, blockTime: c.blockTime, clockMode: c.clockMode };
  const vote = document.nodes.find((node: { id: string }) => node.id === 'vote');
  // Whole clock units, so that the document's seconds are exactly what the Governor counts.
  Object.assign(vote.params, {
    quorum: { percent: c.quorum },
    votingDelay: c.delay * unit,
    votingPeriod: c.period * unit,
    lateQuorumExtension: c.extension * unit,
    ...(c.superQuorum === undefined ? {} : { superQuorum: c.superQuorum }),
    ...(c.shape?.delegated ? { quorumOf: 'delegated' } : {}),
    ...(c.shape?.minimum === undefined ? {} : { quorumMinimum: c.shape.minimum }),
    ...(c.shape?.maximum === undefined ? {} : { quorumMaximum: c.shape.maximum }),
  });
  document.nodes.find((node: { id: string }) => node.id === 'delay').params.delay = c.timelockDelay;
  document.nodes.find((node: { id: string }) => node.id === 'propose').params.minVotingPower =
    c.minVotingPower;
  const token = document.nodes.find((node: { id: string }) => node.id === 'uni').params.token;
  Object.assign(token, { totalSupply: c.supply, decimals: c.decimals });
  return document;
}

/** The scenario model; the exact cases list balances that put For + Abstain one base unit below, or at, quorum. */
function modelFor(c: Case, quorum: bigint): Omit<Scenario, 'seed' | 'proposals'> {
  let electorate: ElectorateModel;
  if (c.electorate === 'at-quorum' || c.electorate === 'below-quorum') {
    const total = c.electorate === 'at-quorum' ? quorum : quorum - 1n;
    const first = total / 2n;
    electorate = {
      distribution: 'csv',
      csv: `${holderAddress(0)},${first}\n${holderAddress(1)},${total - first}\n`,
    };
  } else if (c.electorate === 'tie') electorate = { distribution: 'equal', holders: 2 };
  else electorate = c.electorate;
  return {
    defaultElectorate: electorate,
    turnout: c.turnout,
    preference: c.preference,
    delegationRate: c.delegationRate,
  };
}

let chain: Chain;
beforeAll(async () => {
  chain = await openChain();
});
afterAll(async () => {
  await chain.close();
});

describe('the simulator and OpenZeppelin on chain', () => {
  it('agree on 200 random documents and scenarios', async () => {
    const started = performance.now();
    const seen = {
      checks: 0,
      passed: 0,
      defeated: 0,
      notProposed: 0,
      ties: 0,
      abstainOnly: 0,
      atQuorum: 0,
      belowQuorum: 0,
      superQuorum: 0,
      extended: 0,
      timestamp: 0,
      delegatedBase: 0,
      clamped: 0,
    };
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async (c) => {
        const compiled = compile(documentFor(c));
        if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics));
        const governors = compiled.config.targets.openzeppelin?.parameters.governors as unknown[];
        expect(governors).toHaveLength(1);
        const supply = BigInt(compiled.config.electorates[0]!.token!.totalSupply);
        const fraction = (compiled.config.bodies[0]!.rule as { quorum: { fraction: Record<string, string> } })
          .quorum.fraction;
        const quorum = (supply * BigInt(fraction.numerator!)) / BigInt(fraction.denominator!);
        if ((c.electorate === 'at-quorum' || c.electorate === 'below-quorum') && quorum < 2n) return;
        const result = await verifyGovernors(compiled.config, {
          chain,
          scenarios: 2,
          seed: c.seed,
          scenario: modelFor(c, quorum),
          // The quorum's boundaries are replayed in test/onchain/arbitrum-quorum.test.ts; here, the sample votes.
          boundaries: false,
        });
        const [path] = result.paths;
        expect(path!.failedDeployment).toBeUndefined();
        for (const check of path!.checks) {
          expect(
            check.mismatch,
            JSON.stringify({ case: c, check }, (_, v) => (typeof v === 'bigint' ? `${v}` : v)),
          ).toBeUndefined();
          const s = check.simulator;
          seen.checks++;
          if (!s.proposed) seen.notProposed++;
          else if (s.state === 'Succeeded') seen.passed++;
          else seen.defeated++;
          if (s.proposed && s.forVotes === s.againstVotes && s.forVotes > 0n) seen.ties++;
          if (s.proposed && s.abstainVotes > 0n && s.forVotes === 0n && s.againstVotes === 0n)
            seen.abstainOnly++;
          if (s.proposed && s.forVotes + s.abstainVotes === s.quorum) seen.atQuorum++;
          if (s.proposed && s.forVotes + s.abstainVotes === s.quorum - 1n) seen.belowQuorum++;
          if (
            c.superQuorum !== undefined &&
            s.proposed &&
            s.voteEnd < (c.delay + c.period) * (c.clockMode === 'blocknumber' ? c.blockTime : 1)
          )
            seen.superQuorum++;
          if (
            s.proposed &&
            s.voteEnd > (c.delay + c.period) * (c.clockMode === 'blocknumber' ? c.blockTime : 1)
          )
            seen.extended++;
          if (c.clockMode === 'timestamp') seen.timestamp++;
          if (c.shape?.delegated && s.proposed) seen.delegatedBase++;
          const bound = (amount?: string) =>
            amount === undefined ? undefined : BigInt(amount) * 10n ** BigInt(c.decimals);
          if (s.proposed && [bound(c.shape?.minimum), bound(c.shape?.maximum)].includes(s.quorum))
            seen.clamped++;
        }
      }),
      { numRuns: 200, seed: 20261202, endOnFailure: true },
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `200 random documents, ${seen.checks} proposals replayed on chain in ${seconds.toFixed(1)} s`,
      seen,
    );
    // The mix the issue asks for actually occurred.
    expect(seen.passed).toBeGreaterThan(20);
    expect(seen.defeated).toBeGreaterThan(20);
    expect(seen.ties).toBeGreaterThan(5);
    expect(seen.abstainOnly).toBeGreaterThan(5);
    expect(seen.atQuorum).toBeGreaterThan(5);
    expect(seen.belowQuorum).toBeGreaterThan(5);
    expect(seen.superQuorum).toBeGreaterThan(0);
    expect(seen.extended).toBeGreaterThan(0);
    expect(seen.timestamp).toBeGreaterThan(50);
    expect(seen.delegatedBase).toBeGreaterThan(10);
    expect(seen.clamped).toBeGreaterThan(5);
  }, 180_000);
});
