import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConfigElectorate } from '../../compiler/generated/charter-config.ts';
import { generateElectorate } from '../../compiler/simulate/scenario/generate-electorate.ts';
import { mulberry32 } from '../../compiler/simulate/scenario/mulberry32.ts';
import { parseBalancesCsv } from '../../compiler/simulate/scenario/parse-balances-csv.ts';
import { readScenario } from '../../compiler/simulate/scenario/read-scenario.ts';
import { weightElectorate } from '../../compiler/simulate/scenario/weight-electorate.ts';

const token = (totalSupply: string, delegation = true): ConfigElectorate => ({
  id: 'tok',
  label: 'Token',
  kind: 'token',
  voting: 'token-weighted',
  token: {
    symbol: 'T',
    name: 'T',
    decimals: 18,
    totalSupply,
    address: null,
    standard: 'erc20-votes',
    delegation,
  },
});

describe('mulberry32', () => {
  it('gives the same stream as the widely copied reference code', () => {
    // The reference as published (bryc/code, PRNGs.md), transcribed.
    const reference = (a: number) => () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    for (const seed of [0, 1, 42, 2 ** 31, 2 ** 32 - 1]) {
      const ours = mulberry32(seed);
      const theirs = reference(seed);
      for (let i = 0; i < 100; i++) expect(ours()).toBe(theirs());
    }
  });
});

describe('parseBalancesCsv', () => {
  const address = fc
    .array(fc.constantFrom(...'0123456789abcdefABCDEF'), { minLength: 40, maxLength: 40 })
    .map((digits) => `0x${digits.join('')}`);

  it('reads back what it is given, with or without a header and CRLF', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(address, fc.bigInt({ min: 0n, max: 10n ** 30n })), {
          minLength: 1,
          maxLength: 20,
          selector: ([a]) => a.toLowerCase(),
        }),
        fc.boolean(),
        fc.constantFrom('\n', '\r\n'),
        (rows, header, newline) => {
          const text = (header ? ['address,balance'] : [])
            .concat(rows.map(([a, b]) => `${a},${b}`))
            .join(newline);
          expect(parseBalancesCsv(`${text}${newline}`)).toEqual({
            ok: true,
            holders: rows.map(([a, b]) => ({ address: a, balance: b })),
          });
        },
      ),
    );
  });

  it('never throws, and a failure names a line of the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const result = parseBalancesCsv(text);
        if (!result.ok) {
          expect(result.line).toBeGreaterThanOrEqual(1);
          expect(result.line).toBeLessThanOrEqual(text.split('\n').length);
        }
      }),
    );
  });

  const a1 = `0x${'1'.repeat(40)}`;
  it.each([
    [`${a1},10\n0x12,5`, 2, '"0x12" is not a 0x address of 40 hex digits'],
    [`${a1},1e18`, 1, '"1e18" is not a balance in base units (a whole number such as 1000000000000000000)'],
    [`${a1},-1`, 1, '"-1" is not a balance in base units (a whole number such as 1000000000000000000)'],
    [`${a1},007`, 1, '"007" is not a balance in base units (a whole number such as 1000000000000000000)'],
    [`${a1}, 7`, 1, '" 7" is not a balance in base units (a whole number such as 1000000000000000000)'],
    [`${a1},7,8`, 1, 'expected "address,balance", found 3 fields'],
    [
      `${a1},7\n\n${a1.toUpperCase().replace('0X', '0x')},8`,
      3,
      `${a1.toUpperCase().replace('0X', '0x')} already appears on line 1`,
    ],
    ['address,balance\n', 2, 'no holders'],
  ])('rejects %j at line %i: %s', (text, line, message) => {
    expect(parseBalancesCsv(text)).toMatchObject({ ok: false, line, message });
  });
});

describe('generateElectorate', () => {
  it('splits the supply exactly, largest holder first, for every distribution', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 28n }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.constantFrom('equal', 'pareto', 'whales'),
        (supply, holders, seed, distribution) => {
          const model =
            distribution === 'equal'
              ? { distribution, holders }
              : distribution === 'pareto'
                ? { distribution, holders, alpha: 1.16 }
                : { distribution, holders, whales: Math.min(3, holders), whaleShare: '40' };
          const generated = generateElectorate(token(String(supply)), model, 1, mulberry32(seed));
          let sum = 0n;
          for (const holder of generated.holders) sum += holder.balance;
          expect(sum).toBe(supply);
          expect(generated.holders.length).toBe(holders);
          for (let i = 1; i < generated.holders.length; i++)
            expect(generated.holders[i - 1]!.balance >= generated.holders[i]!.balance).toBe(true);
        },
      ),
    );
  });

  it('gives whales their share and the equal split its remainder one unit at a time', () => {
    const whales = generateElectorate(
      token('1000'),
      { distribution: 'whales', holders: 5, whales: 2, whaleShare: '60' },
      1,
      mulberry32(1),
    );
    expect(whales.holders.slice(0, 2).map((holder) => holder.balance)).toEqual([300n, 300n]);
    const equal = generateElectorate(token('10'), { distribution: 'equal', holders: 3 }, 1, mulberry32(1));
    expect(equal.holders.map((holder) => holder.balance)).toEqual([4n, 3n, 3n]);
  });

  it('reports a bad CSV with its line, and balances above supply', () => {
    expect(() =>
      generateElectorate(
        token('10'),
        { distribution: 'csv', csv: `0x${'a'.repeat(40)},x` },
        1,
        mulberry32(1),
      ),
    ).toThrow('Electorate "tok", CSV line 1: "x" is not a balance in base units');
    expect(() =>
      generateElectorate(
        token('10'),
        { distribution: 'csv', csv: `0x${'a'.repeat(40)},11` },
        1,
        mulberry32(1),
      ),
    ).toThrow(
      'Electorate "tok": the CSV balances add up to 11 base units, more than the total supply of 10.',
    );
  });

  it('leaves holders who have not delegated inactive, only for tokens with delegation', () => {
    const model = { distribution: 'equal' as const, holders: 1000 };
    const half = generateElectorate(token('1000'), model, 0.5, mulberry32(2)).holders;
    const active = half.filter((holder) => holder.active).length;
    expect(active).toBeGreaterThan(400);
    expect(active).toBeLessThan(600);
    expect(
      generateElectorate(token('1000', false), model, 0, mulberry32(2)).holders.every((h) => h.active),
    ).toBe(true);
  });
});

describe('readScenario', () => {
  it('reads a full scenario and fills the seed only when asked', () => {
    const text = JSON.stringify({
      seed: 3,
      electorates: {
        uni: { distribution: 'whales', holders: 10, whales: 2, whaleShare: '40', tailAlpha: 2 },
      },
      defaultElectorate: { distribution: 'equal', holders: 5 },
      delegationRate: 0.5,
      turnout: 0.2,
      preference: { for: 2, against: 1 },
      stage: 'team',
      proposals: [{ type: 'spend', amount: '1000', options: ['A'], byElectorate: { uni: { turnout: 1 } } }],
    });
    const read = readScenario(text);
    expect(read.ok && read.scenario.preference).toEqual({ for: 2, against: 1, abstain: 0 });
    expect(read.ok && read.scenario.proposals[0]).toEqual({
      type: 'spend',
      amount: '1000',
      options: ['A'],
      byElectorate: { uni: { turnout: 1 } },
    });
    expect(readScenario('{"proposals": []}', 8)).toEqual({ ok: true, scenario: { seed: 8, proposals: [] } });
  });

  it.each([
    ['{', /^the scenario is not JSON: /],
    ['{"proposals": []}', /^seed must be a whole number from 0 to 4294967295$/],
    ['{"seed": 1, "proposals": [], "extra": 1}', /^scenario.extra is not a scenario field/],
    [
      '{"seed": 1, "proposals": [{"type": "a", "amount": "1.5"}]}',
      /^proposals\[0\].amount must be base units/,
    ],
    [
      '{"seed": 1, "proposals": [], "defaultElectorate": {"distribution": "zipf"}}',
      /^defaultElectorate.distribution must be one of/,
    ],
    [
      '{"seed": 1, "proposals": [], "electorates": {"x": {"distribution": "equal", "holders": 1.5}}}',
      /^electorates.x.holders must be a whole number/,
    ],
    [
      '{"seed": 1, "proposals": [], "date": "2026-07-24"}',
      /^date must be a UTC moment such as "2026-07-24T18:52:59Z"$/,
    ],
    [
      '{"seed": 1, "proposals": [{"type": "a", "date": "2026-02-29T00:00:00Z"}]}',
      /^proposals\[0\].date must be a day and time that exist \(2026-02-29T00:00:00Z does not\)$/,
    ],
  ])('rejects %s', (text, message) => {
    const read = readScenario(text);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toMatch(message);
  });
});

describe('weightElectorate', () => {
  const source = (...balances: bigint[]) => ({
    holders: balances.map((balance, i) => ({ address: `0x${i}`, balance, active: i !== 1 })),
    supply: 1000n,
  });
  const weighted = (voting: 'quadratic' | 'capped'): ConfigElectorate => ({
    id: 'w',
    label: 'W',
    kind: 'weighted',
    voting,
    source: 'tok',
    ...(voting === 'capped' ? { cap: { numerator: '10', denominator: '100' } } : {}),
  });

  it('takes ⌊√balance⌋ for quadratic and caps at the share of source supply, keeping delegation', () => {
    const quadratic = weightElectorate(weighted('quadratic'), source(100n, 9n, 2n));
    expect(quadratic.holders.map((h) => [h.balance, h.active])).toEqual([
      [10n, true],
      [3n, false],
      [1n, true],
    ]);
    expect(quadratic.supply).toBe(14n);
    const capped = weightElectorate(weighted('capped'), source(500n, 50n, 5n));
    expect(capped.holders.map((h) => h.balance)).toEqual([100n, 50n, 5n]);
    expect(capped.supply).toBe(155n);
  });
});
