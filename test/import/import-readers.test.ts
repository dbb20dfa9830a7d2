import fc from 'fast-check';
import { getAddress } from 'viem';
import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile/compile.ts';
import { readCountingMode } from '../../compiler/import/counting-mode.ts';
import { fractionToDecimal } from '../../compiler/import/fraction-to-decimal.ts';
import { governorDocument } from '../../compiler/import/governor-document.ts';
import type { GovernorFacts, TimelockFacts } from '../../compiler/import/governor-facts.ts';

describe('readCountingMode', () => {
  it('reads the modes OpenZeppelin ships', () => {
    expect(readCountingMode('support=bravo&quorum=for,abstain')).toEqual({
      quorumCounts: 'for+abstain',
      extras: [],
    });
    expect(readCountingMode('support=bravo,fractional&quorum=for,abstain&params=fractional')).toEqual({
      quorumCounts: 'for+abstain',
      extras: ['fractional', 'params'],
    });
    expect(readCountingMode('support=bravo&quorum=for')).toEqual({ quorumCounts: 'for', extras: [] });
  });
  it('refuses what it cannot name rather than guess', () => {
    expect(readCountingMode('support=approval&quorum=for')).toBeUndefined();
    expect(readCountingMode('support=bravo&quorum=against')).toBeUndefined();
    expect(readCountingMode('')).toBeUndefined();
  });
});

describe('fractionToDecimal', () => {
  it('writes terminating fractions exactly and refuses the others', () => {
    expect(fractionToDecimal(400n, 100n)).toBe('4');
    expect(fractionToDecimal(4500n, 1000n)).toBe('4.5');
    expect(fractionToDecimal(1n, 1000n)).toBe('0.001');
    expect(fractionToDecimal(100n, 3n)).toBeUndefined();
    expect(fractionToDecimal(0n, 7n)).toBe('0');
  });
  it('gives back the fraction: decimal × denominator = numerator', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 30n }),
        fc.nat(12),
        fc.nat(12),
        (numerator, twos, fives) => {
          const denominator = 2n ** BigInt(twos) * 5n ** BigInt(fives);
          const text = fractionToDecimal(numerator, denominator)!;
          const [whole, fraction = ''] = text.split('.');
          const scaled = BigInt(whole! + fraction);
          expect(scaled * denominator).toBe(numerator * 10n ** BigInt(fraction.length));
          expect(fraction.endsWith('0')).toBe(false);
        },
      ),
    );
  });
});

const facts = (overrides: Partial<GovernorFacts> = {}): GovernorFacts => ({
  family: 'openzeppelin',
  chainId: 10,
  address: getAddress('0x00000000000000000000000000000000000000a1'),
  name: 'Acme Governor',
  countingMode: 'support=bravo&quorum=for,abstain',
  clockMode: 'timestamp',
  votingDelay: 86_400n,
  votingPeriod: 432_000n,
  proposalThreshold: 25_000n * 10n ** 18n,
  quorum: { kind: 'fraction', numerator: 45n, denominator: 1000n },
  token: {
    address: getAddress('0x00000000000000000000000000000000000000b2'),
    name: 'Acme',
    symbol: 'ACME',
    decimals: 18,
    totalSupply: 10n ** 27n,
  },
  blockTime: { seconds: 2, source: 'known' },
  ...overrides,
});

describe('governorDocument', () => {
  it('draws a timestamp Governor without a timelock: the vote executes directly, 4.5% quorum, seconds as read', () => {
    const result = governorDocument(facts());
    if (!result.ok) throw new Error(result.reason.en);
    const vote = result.document.nodes.find((node) => node.kind === 'majority-vote')!;
    expect(vote.params).toMatchObject({
      quorum: { percent: '4.5' },
      votingDelay: 86_400,
      votingPeriod: 432_000,
    });
    expect(result.document.edges).toContainEqual(
      expect.objectContaining({ from: { node: 'vote', port: 'passed' }, to: { node: 'run', port: 'in' } }),
    );
    const compiled = compile(result.document);
    expect(compiled.ok).toBe(true);
  });
  it('refuses a quorum with no exact percentage and an unknown counting mode, in both languages', () => {
    const third = governorDocument(facts({ quorum: { kind: 'fraction', numerator: 1n, denominator: 3n } }));
    expect(third).toMatchObject({ ok: false, reason: { code: 'quorum-not-decimal' } });
    const odd = governorDocument(facts({ countingMode: 'support=quadratic' }));
    expect(odd.ok).toBe(false);
    if (!odd.ok) expect(odd.reason.ko).toMatch(/[가-힣]/);
  });
  it('says when the block time was measured, and keeps a fixed quorum as an amount', () => {
    const result = governorDocument(
      facts({
        clockMode: 'blocknumber',
        votingDelay: 100n,
        votingPeriod: 1000n,
        quorum: { kind: 'fixed', baseUnits: 40_000_000n * 10n ** 18n },
        blockTime: { seconds: 3, source: 'measured', blocks: { from: 1n, to: 1001n } },
      }),
    );
    if (!result.ok) throw new Error(result.reason.en);
    expect(result.notes.map((note) => note.code)).toContain('block-time-measured');
    const vote = result.document.nodes.find((node) => node.kind === 'majority-vote')!;
    expect(vote.params).toMatchObject({
      quorum: { absolute: '40000000' },
      votingDelay: 300,
      votingPeriod: 3000,
    });
  });
  it("draws Governor Bravo's fixed rules: For-only quorum as an amount, a strict proposal threshold, a grace period", () => {
    // Uniswap's GovernorBravoDelegate numbers: 40,000,000 UNI quorum, more than 1,000,000 UNI to propose, 13,140 and
    // 40,320 blocks at 12 s, a Compound Timelock of 2 days with its 14-day GRACE_PERIOD.
    const uni = 10n ** 18n;
    const result = governorDocument(
      facts({
        family: 'bravo',
        chainId: 1,
        countingMode: 'support=bravo&quorum=for',
        clockMode: 'blocknumber',
        votingDelay: 13_140n,
        votingPeriod: 40_320n,
        proposalThreshold: 1_000_000n * uni,
        quorum: { kind: 'fixed', baseUnits: 40_000_000n * uni },
        token: { ...facts().token, symbol: 'UNI', totalSupply: 1_000_000_000n * uni },
        blockTime: { seconds: 12, source: 'known' },
        timelock: {
          kind: 'compound-timelock',
          address: getAddress('0x00000000000000000000000000000000000000c3'),
          delay: 172_800n,
          gracePeriod: 1_209_600n,
          admin: getAddress('0x00000000000000000000000000000000000000a1'),
        },
      }),
    );
    if (!result.ok) throw new Error(result.reason.en);
    const byKind = (kind: string) => result.document.nodes.find((node) => node.kind === kind)!.params;
    expect(byKind('proposal')).toMatchObject({ minVotingPower: '1000000.000000000000000001' });
    expect(byKind('majority-vote')).toMatchObject({
      quorum: { absolute: '40000000' },
      quorumCounts: 'for',
      supportThreshold: '50',
      votingDelay: 157_680,
      votingPeriod: 483_840,
    });
    expect(byKind('timelock')).toEqual({
      delay: 172_800,
      gracePeriod: 1_209_600,
      executors: 'anyone',
      cancellers: [],
    });
    expect(result.notes.map((note) => note.code)).toEqual([
      'proposal-types-off-chain',
      'bravo-threshold-strict',
      'bravo-cancel',
    ]);
    expect(result.document.description).toMatch(/^Imported from the Governor Bravo 0x/);
    expect(compile(result.document).ok).toBe(true);
    // A timelock whose admin is not the Governor: that account decides, and the note says so in both languages.
    const captured = governorDocument(
      facts({
        family: 'bravo',
        countingMode: 'support=bravo&quorum=for',
        timelock: {
          kind: 'compound-timelock',
          address: getAddress('0x00000000000000000000000000000000000000c3'),
          delay: 0n,
          gracePeriod: 0n,
          admin: getAddress('0x00000000000000000000000000000000000000d4'),
        },
      }),
    );
    if (!captured.ok) throw new Error(captured.reason.en);
    const note = captured.notes.find((n) => n.code === 'timelock-admin-not-governor')!;
    const admin = getAddress('0x00000000000000000000000000000000000000d4');
    expect(note.ko).toContain(admin);
    expect(captured.document.nodes.find((node) => node.kind === 'timelock')!.params).toMatchObject({
      admin,
    });
  });
});

describe('governorDocument: cancellers whose power ends', () => {
  const governor = facts().address;
  const council = getAddress('0x000000000000000000000000000000000000c0de');
  const guardian = getAddress('0x000000000000000000000000000000000000bEEF');
  const expiring = getAddress('0x00000000000000000000000000000000000000e5');
  const other = getAddress('0x00000000000000000000000000000000000000e6');
  const controller = (
    cancellers: `0x${string}`[],
    expiringCancellers: NonNullable<TimelockFacts['expiringCancellers']>,
  ) =>
    facts({
      timelock: {
        kind: 'timelock-controller',
        address: getAddress('0x00000000000000000000000000000000000000c3'),
        minDelay: 172_800n,
        proposers: [governor],
        executors: ['0x0000000000000000000000000000000000000000'],
        cancellers: [governor, ...cancellers],
        admins: [],
        expiringCancellers,
      },
    });
  const timelockOf = (result: ReturnType<typeof governorDocument>) => {
    if (!result.ok) throw new Error(result.reason.en);
    return result.document.nodes.find((node) => node.kind === 'timelock')!.params;
  };

  it('draws one CharterExpiringCanceller as its accounts and their end (1,784,919,179 s: 24 July 2026 18:52:59 UTC)', () => {
    const result = governorDocument(
      controller(
        [expiring],
        [{ address: expiring, expiration: 1_784_919_179n, cancellers: [council, guardian] }],
      ),
    );
    expect(timelockOf(result)).toMatchObject({
      cancellers: [council, guardian],
      cancellersUntil: '2026-07-24T18:52:59Z',
    });
  });

  it('keeps the role holders with no end, and says so in both languages, when another canceller is beside it', () => {
    const result = governorDocument(
      controller(
        [expiring, other],
        [{ address: expiring, expiration: 1_784_919_179n, cancellers: [council] }],
      ),
    );
    expect(timelockOf(result)).toEqual(expect.objectContaining({ cancellers: [expiring, other] }));
    expect(timelockOf(result)).not.toHaveProperty('cancellersUntil');
    const note = result.ok ? result.notes.find((each) => each.code === 'expiring-cancellers') : undefined;
    expect(note?.en).toContain(`${expiring} cancels for ${council} until 2026-07-24T18:52:59Z`);
    expect(note?.ko).toContain('2026-07-24T18:52:59Z까지');
  });
});
