import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { getAddress } from 'viem';
import { describe, expect, it } from 'vitest';
import { main } from '../../compiler/cli/main.ts';
import { compile } from '../../compiler/compile/compile.ts';
import { importSnapshotSpace } from '../../compiler/import/import-snapshot-space.ts';
import { validateDocument } from '../../compiler/validate/validate-document.ts';
import { verifySnapshot } from '../../compiler/verify/snapshot/verify-snapshot.ts';
import { fakeIO } from '../cli/fake-io.ts';

const example = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../rules-schema/examples/${name}.charter.json`, import.meta.url), 'utf8'),
  );

/** The spaces `charter compile --target snapshot` emits for a document, or the problems it reports. */
function emittedSpaces(document: unknown): unknown[] {
  const result = compile(document);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  const snapshot = result.config.targets.snapshot!;
  if (snapshot.verdict !== 'supported') throw new Error(JSON.stringify(snapshot.problems));
  return (snapshot.parameters as { spaces: { space: unknown }[] }).spaces.map((entry) => entry.space);
}

function imported(text: string, options = {}) {
  const result = importSnapshotSpace(text, options);
  if (!result.ok) throw new Error(result.reason.en);
  return result;
}

describe('the Passport-gated community signal, compiled for Snapshot and imported back', () => {
  const template = example('passport-signal');
  const [space] = emittedSpaces(template);
  const compiled = compile(template);
  const output = JSON.stringify(
    (compiled as unknown as { config: { targets: { snapshot: unknown } } }).config.targets.snapshot,
  );

  it('gives the same space, whether read from the compiler output, its space or the hub answer', () => {
    for (const text of [
      output,
      JSON.stringify({ space }),
      JSON.stringify({ data: { space } }),
      JSON.stringify(space),
    ]) {
      const result = imported(text);
      expect(emittedSpaces(result.document)).toEqual([space]);
      expect(result.notes).toEqual([]);
    }
  });

  it('imports a document that `charter verify --target snapshot` passes', () => {
    const result = verifySnapshot(imported(output).document, { scenarios: 40 });
    expect(result.notVerifiable).toBeUndefined();
    expect(result.units).toHaveLength(1);
    expect(result.units[0]!.checks.filter((check) => check.mismatch)).toEqual([]);
  });
});

const address = fc
  .uint8Array({ minLength: 20, maxLength: 20 })
  .map((bytes) => getAddress(`0x${Buffer.from(bytes).toString('hex')}`));
const symbol = fc.stringMatching(/^[A-Z]{2,8}$/);

/** A strategy as the Snapshot target writes it, with the vote validation that goes with it. */
const electorate = fc.oneof(
  fc
    .record({
      name: fc.constantFrom('erc20-votes', 'erc20-balance-of'),
      address,
      symbol,
      decimals: fc.integer({ min: 0, max: 18 }),
    })
    .map(({ name, ...params }) => ({
      strategy: { name, params },
      symbol: params.symbol,
      gate: undefined,
      perPerson: false,
    })),
  fc.record({ address, symbol }).map((params) => ({
    strategy: { name: 'erc721', params },
    symbol: params.symbol,
    gate: undefined,
    perPerson: false,
  })),
  fc.uniqueArray(address, { minLength: 1, maxLength: 8 }).map((addresses) => ({
    strategy: { name: 'whitelist', params: { addresses, symbol: 'VOTE' } },
    symbol: 'VOTE',
    gate: undefined,
    perPerson: true,
  })),
  fc.integer({ min: 1, max: 100 }).map((scoreThreshold) => ({
    strategy: { name: 'ticket', params: { symbol: 'VOTE' } },
    symbol: 'VOTE',
    gate: { name: 'passport-gated', params: { scoreThreshold, operator: 'NONE', stamps: [] } },
    perPerson: true,
  })),
);

const voting = fc.oneof(
  fc.record({
    type: fc.constant('basic'),
    delay: fc.integer({ min: 0, max: 2_592_000 }),
    quorum: fc.integer({ min: 0, max: 1000 }),
  }),
  fc.record({
    type: fc.constant('basic'),
    delay: fc.constant(0),
    quorum: fc.integer({ min: 1, max: 1000 }),
    quorumType: fc.constant('rejection'),
  }),
  fc.record({
    type: fc.constantFrom('approval', 'ranked-choice', 'quadratic'),
    delay: fc.constant(0),
    quorum: fc.constant(0),
  }),
);

type Voters = { strategy: { name: string; params: Record<string, unknown> }; gate?: unknown };
type Proposers =
  | { kind: 'voters' | 'same-token' }
  | { kind: 'list'; addresses: string[] }
  | { kind: 'passport'; score: number };

/** The proposal validation the Snapshot target writes for these proposers (snapshot-space.ts, proposalValidation). */
function proposerValidation(voters: Voters, proposers: Proposers, minScore: number, network: string) {
  const passport = (score: number) => ({
    name: 'passport-gated',
    params: { scoreThreshold: score, operator: 'NONE', stamps: [] },
  });
  if (proposers.kind === 'passport') return passport(proposers.score);
  if (proposers.kind === 'list')
    return {
      name: 'basic',
      params: {
        minScore,
        strategies: [
          { name: 'whitelist', network, params: { addresses: proposers.addresses, symbol: 'VOTE' } },
        ],
      },
    };
  if (voters.gate) return voters.gate;
  if (proposers.kind === 'same-token')
    return { name: 'basic', params: { minScore, strategies: [{ ...voters.strategy, network }] } };
  return { name: 'basic', params: { minScore } };
}

describe('any space in the shape the Snapshot target writes', () => {
  it('imports to a document that compiles back to the same space', () => {
    fc.assert(
      fc.property(
        electorate,
        voting,
        fc.integer({ min: 1, max: 31_622_400 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom(1, 10, 8453, 11155111),
        // Who proposes: the voters, a list of their own, the voters' token read again, or Passport holders.
        fc.oneof(
          fc.constant({ kind: 'voters' as const }),
          fc
            .uniqueArray(address, { minLength: 1, maxLength: 4 })
            .map((addresses) => ({ kind: 'list' as const, addresses })),
          fc.constant({ kind: 'same-token' as const }),
          fc.integer({ min: 1, max: 100 }).map((score) => ({ kind: 'passport' as const, score })),
        ),
        (voters, vote, period, minScore, chainId, proposers) => {
          fc.pre(vote.type !== 'quadratic' || voters.perPerson);
          const network = String(chainId);
          const { quorumType, ...rest } = vote as typeof vote & { quorumType?: string };
          const space: Record<string, unknown> = {
            name: 'Imported space',
            network,
            symbol: voters.symbol,
            strategies: [{ ...voters.strategy, network }],
            validation: proposerValidation(voters, proposers, minScore, network),
            voteValidation: voters.gate ?? { name: 'any', params: {} },
            voting: { ...rest, period, ...(quorumType ? { quorumType } : {}) },
          };
          const result = importSnapshotSpace(JSON.stringify({ data: { space } }), { supply: '1000000' });
          if (!result.ok) throw new Error(result.reason.en);
          expect(emittedSpaces(result.document)).toEqual([space]);
        },
      ),
      { numRuns: 60 },
    );
  });
});

/** A space as the hub's GraphQL `space` query answers, with the settings Charter notes but does not draw. */
const hubSpace = {
  id: 'acme.eth',
  name: 'Acme DAO',
  about: 'Acme votes here.',
  network: '1',
  symbol: 'ACME',
  private: false,
  admins: ['0x00000000000000000000000000000000000000a1', '0x00000000000000000000000000000000000000a2'],
  moderators: ['0x00000000000000000000000000000000000000b1'],
  members: [],
  strategies: [
    {
      name: 'erc20-votes',
      network: '1',
      params: { address: '0x1f9840a85d5af5bf1d1762f925bdaddc4201f984', symbol: 'ACME', decimals: 18 },
    },
  ],
  filters: { minScore: 0, onlyMembers: false },
  plugins: { poap: {} },
  voting: {
    delay: 86_400,
    period: 604_800,
    type: 'basic',
    quorum: 40_000_000,
    blind: false,
    hideAbstain: false,
    privacy: 'shutter',
    aliased: false,
  },
  categories: ['protocol'],
  validation: { name: 'basic', params: { minScore: 2_500_000 } },
  voteValidation: { name: 'any', params: {} },
  treasuries: [],
  delegationPortal: null,
  parent: null,
  children: [],
};
const hub = (patch: (space: Record<string, unknown>) => void) => {
  const space = structuredClone(hubSpace) as Record<string, unknown>;
  patch(space);
  return JSON.stringify({ data: { space } });
};

describe("a space in the hub's shape", () => {
  // snapshot-labs/snapshot-strategies src/strategies/comp-like-votes: its example gives COMP's address and symbol
  // only, and formatUnits(value, undefined) counts 18 decimals.
  it('draws comp-like-votes as Compound-style delegated votes, 18 decimals when the space gives none', () => {
    const comp = hub((space) => {
      space.strategies = [
        {
          name: 'comp-like-votes',
          network: '1',
          params: { address: '0xc00e94cb662c3520282e6f5717214004a7f26888', symbol: 'COMP' },
        },
      ];
    });
    const holders = imported(comp, { supply: '10000000' }).document.nodes.find(
      (node) => node.kind === 'token-holders',
    )!;
    expect(holders.params).toMatchObject({
      standard: 'comp-votes',
      delegation: true,
      token: { symbol: 'COMP', decimals: 18, address: '0xc00e94Cb662C3520282E6f5717214004A7f26888' },
    });
  });

  it('draws its vote, voters and proposers, and lists what it does not draw', () => {
    const result = imported(JSON.stringify({ data: { space: hubSpace } }), { supply: '1000000000' });
    const nodes = Object.fromEntries(result.document.nodes.map((node) => [node.kind, node.params]));
    expect(nodes['majority-vote']).toMatchObject({
      votingDelay: 86_400,
      votingPeriod: 604_800,
      quorum: { absolute: '40000000' },
    });
    expect(nodes['token-holders']).toMatchObject({
      standard: 'erc20-votes',
      delegation: true,
      token: { totalSupply: '1000000000' },
    });
    expect(nodes.proposal).toMatchObject({ minVotingPower: '2500000' });
    expect(result.notes.map((note) => note.code).sort()).toEqual(
      [
        'snapshot-admins',
        'snapshot-moderators',
        'snapshot-plugins',
        'snapshot-privacy',
        'snapshot-token-name',
      ].sort(),
    );
    expect(result.notes.find((n) => n.code === 'snapshot-admins')!.en).toContain('2 admins');
    for (const note of result.notes) expect(note.ko).toMatch(/[가-힣]/);
    expect(result.document.description).toContain('acme.eth');
  });

  it('compiles to the space it came from, less what Charter does not set', () => {
    const space = emittedSpaces(
      imported(JSON.stringify({ data: { space: hubSpace } }), { supply: '1000000000' }).document,
    )[0];
    expect(space).toEqual({
      name: 'Acme DAO',
      network: '1',
      symbol: 'ACME',
      strategies: [
        {
          ...hubSpace.strategies[0],
          params: {
            ...hubSpace.strategies[0]!.params,
            address: getAddress(hubSpace.strategies[0]!.params.address),
          },
        },
      ],
      validation: hubSpace.validation,
      voteValidation: hubSpace.voteValidation,
      voting: { delay: 86_400, period: 604_800, type: 'basic', quorum: 40_000_000 },
    });
  });

  it.each([
    ['no total supply', (s: Record<string, unknown>) => s, 'snapshot-supply-unknown', '--supply'],
    [
      'two strategies',
      (s: Record<string, unknown>) => {
        s.strategies = [...(s.strategies as unknown[]), { name: 'delegation', network: '1', params: {} }];
      },
      'snapshot-several-strategies',
      'erc20-votes, delegation',
    ],
    [
      'a strategy Charter does not know',
      (s: Record<string, unknown>) => {
        (s.strategies as { name: string }[])[0]!.name = 'balancer';
      },
      'snapshot-strategy-unknown',
      '"balancer"',
    ],
    [
      'a voting type left to each proposal',
      (s: Record<string, unknown>) => {
        (s.voting as Record<string, unknown>).type = null;
      },
      'snapshot-type-per-proposal',
      'each proposal',
    ],
    [
      'a period left to each proposal',
      (s: Record<string, unknown>) => {
        (s.voting as Record<string, unknown>).period = null;
      },
      'snapshot-period-per-proposal',
      'how long',
    ],
    [
      'weighted voting',
      (s: Record<string, unknown>) => {
        (s.voting as Record<string, unknown>).type = 'weighted';
      },
      'snapshot-weighted-budget',
      'budget',
    ],
    [
      'an approval vote that waits',
      (s: Record<string, unknown>) => {
        (s.voting as Record<string, unknown>).type = 'approval';
      },
      'snapshot-delay-not-drawable',
      '86400 seconds',
    ],
    [
      'proposers read with other strategies',
      (s: Record<string, unknown>) => {
        s.validation = {
          name: 'basic',
          params: {
            minScore: 1,
            strategies: [
              {
                name: 'erc20-votes',
                network: '1',
                params: {
                  address: '0x00000000000000000000000000000000000000c1',
                  symbol: 'GOV',
                  decimals: 18,
                },
              },
            ],
          },
        };
      },
      'snapshot-supply-unknown',
      "a token other than the voters'",
    ],
  ])('refuses %s, saying why', (_what, patch, code, words) => {
    const result = importSnapshotSpace(
      hub(patch),
      _what === 'no total supply' ? {} : { supply: '1000000000' },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason.code).toBe(code);
    expect(result.reason.en).toContain(words);
    expect(result.reason.ko).toMatch(/[가-힣]/);
  });

  it('draws a space where anyone may propose, with a note that Snapshot would refuse it on mainnet', () => {
    const result = imported(
      hub((s) => {
        s.validation = { name: 'any', params: {} };
      }),
      { supply: '1000000000' },
    );
    expect(result.document.nodes.find((n) => n.kind === 'proposal')!.params).toMatchObject({
      minVotingPower: '0',
    });
    expect(result.notes.map((n) => n.code)).toContain('snapshot-anyone-proposes');
  });

  it('reads the legacy filters.minScore when the space has no proposal validation', () => {
    const result = imported(
      hub((s) => {
        delete s.validation;
        s.filters = { minScore: 1e21, onlyMembers: true };
      }),
      { supply: '1'.padEnd(31, '0') },
    );
    expect(result.document.nodes.find((n) => n.kind === 'proposal')!.params).toMatchObject({
      minVotingPower: '1000000000000000000000',
    });
    expect(result.notes.map((n) => n.code)).toContain('snapshot-only-members');
  });

  it("names a strategy's parameters the drawing does not hold", () => {
    const result = imported(
      hub((s) => {
        Object.assign((s.strategies as { params: object }[])[0]!.params, { start: 12_345 });
      }),
      { supply: '1000000000' },
    );
    expect(result.notes.find((n) => n.code === 'snapshot-strategy-params')!.en).toBe(
      'The erc20-votes strategy also sets "start", which the drawing does not hold; compiling it again leaves them out.',
    );
  });

  it('still imports a space with hundreds of plugins and parameters, its description within the schema', () => {
    const many = (prefix: string) =>
      Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`${prefix}${i}`, {}]));
    const result = imported(
      hub((s) => {
        s.plugins = many('plugin');
        Object.assign((s.strategies as { params: object }[])[0]!.params, many('x'.repeat(200)));
        s.moderators = Array.from({ length: 400 }, () => '0x00000000000000000000000000000000000000b1');
      }),
      { supply: '1000000000' },
    );
    expect(result.document.description.length).toBeLessThanOrEqual(5000);
    expect(result.notes.find((n) => n.code === 'snapshot-plugins')!.en).toContain('plugin9, +290');
    expect(result.notes.find((n) => n.code === 'snapshot-moderators')!.en).toContain('400 moderators');
  });

  it('draws approval votes without the quorum Snapshot does not enforce, and says so', () => {
    const result = imported(
      hub((s) => {
        Object.assign(s.voting as object, { type: 'approval', delay: 0 });
      }),
      { supply: '1000000000' },
    );
    expect(result.document.nodes.find((n) => n.kind === 'approval')!.params).toEqual({
      votingPeriod: 604_800,
      winners: 1,
    });
    expect(result.notes.map((n) => n.code)).toEqual(
      expect.arrayContaining(['snapshot-quorum-not-enforced', 'snapshot-approval-winners']),
    );
  });
});

describe('malformed or hostile space files', () => {
  it.each([
    ['not json {', 'the file: not JSON'],
    ['[1,2]', 'the file: expected a JSON object'],
    ['{"data":{"space":null}}', 'data.space: the hub found no such space'],
    [
      '{"errors":[{"message":"Syntax Error: Expected Name"}],"data":null}',
      'errors: the hub answered with an error (Syntax Error: Expected Name), not a space.',
    ],
    [
      '{"data":{"space":{"name":"X","network":"1","strategies":[{"name":"whitelist","params":{"addresses":["0x12"]}}],"voting":{"type":"basic","period":60}}}}',
      'data.space.strategies[0].params.addresses[0]: expected an address',
    ],
    [
      '{"space":{"name":"X","network":"one","strategies":[],"voting":{}}}',
      'space.network: expected a chain id',
    ],
    [
      '{"name":"X","network":"1","strategies":[{"name":"ticket","params":{}}],"voteValidation":{"name":"passport-gated","params":{"scoreThreshold":"20"}},"voting":{"type":"basic","period":60}}',
      'voteValidation.params.scoreThreshold: expected a whole Passport score',
    ],
  ])('refuses %s, saying what and where', (text, message) => {
    const result = importSnapshotSpace(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.en).toContain(message);
  });

  it('never throws: any JSON gives a valid document or a reason in both languages', () => {
    const mutate = fc.record({
      path: fc.constantFrom(
        'name',
        'network',
        'strategies',
        'voting',
        'validation',
        'voteValidation',
        'filters',
        'admins',
        'plugins',
        '__proto__',
        'symbol',
      ),
      value: fc.jsonValue({ maxDepth: 3 }),
    });
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.array(mutate, { maxLength: 4 })),
        fc.option(fc.stringMatching(/^\d{1,12}$/), { nil: undefined }),
        (input, supply) => {
          let value: unknown = input;
          if (
            Array.isArray(input) &&
            input.every((m) => typeof m === 'object' && m !== null && 'path' in m)
          ) {
            const space = structuredClone(hubSpace) as Record<string, unknown>;
            for (const m of input as { path: string; value: unknown }[])
              Object.defineProperty(space, m.path, {
                value: m.value,
                enumerable: true,
                configurable: true,
                writable: true,
              });
            value = { data: { space } };
          }
          const result = importSnapshotSpace(JSON.stringify(value), supply === undefined ? {} : { supply });
          if (result.ok)
            expect(validateDocument(result.document).filter((d) => d.severity === 'error')).toEqual([]);
          else {
            expect(result.reason.en.length).toBeGreaterThan(0);
            expect(result.reason.ko.length).toBeGreaterThan(0);
            expect(result.reason.en).not.toMatch(/\n\s+at /);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('charter import --snapshot', () => {
  it('prints the document and its notes, reading standard input with -', async () => {
    const io = fakeIO({}, JSON.stringify({ data: { space: hubSpace } }));
    expect(await main(['import', '--snapshot', '-', '--supply', '1000000000'], io)).toBe(0);
    expect(JSON.parse(io.out).name).toBe('Acme DAO');
    expect(io.err).toContain('note: The space has 2 admins');
  });

  it('exits 1 on a malformed file, naming the file and the field', async () => {
    const io = fakeIO({ 'space.json': '{"space":{"name":"X","network":"1","strategies":[],"voting":{}}}' });
    expect(await main(['import', '--snapshot', 'space.json'], io)).toBe(1);
    expect(io.err).toBe(
      'charter import: space.json: space.strategies: expected a list of at least one strategy.\n',
    );
  });

  it('says in Korean why it cannot draw, and exits 2 on a bad option', async () => {
    const io = fakeIO({ 'space.json': JSON.stringify({ data: { space: hubSpace } }) });
    expect(await main(['import', '--snapshot', 'space.json', '--lang', 'ko'], io)).toBe(1);
    expect(io.err).toContain('--supply');
    expect(io.err).toMatch(/총발행량/);
    const bad = fakeIO();
    expect(await main(['import', '--snapshot', 'space.json', '--supply', 'lots'], bad)).toBe(2);
  });
});
