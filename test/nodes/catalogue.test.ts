import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { nodeKinds } from '../../compiler/nodes/catalogue.ts';
import { nodeGroups } from '../../compiler/nodes/node-kind.ts';
import { targetNames } from '../../compiler/nodes/target-name.ts';

/** The node kinds table of DESIGN.md: the minimum the catalogue must hold. */
const designTable = {
  proposals: ['proposal'],
  routing: ['route-by-amount', 'route-by-type', 'stage'],
  electorates: ['token-holders', 'nft-holders', 'members', 'signers', 'weighting'],
  convex: ['majority-vote', 'multisig', 'optimistic', 'veto'],
  concave: [
    'quadratic-funding',
    'quadratic-voting',
    'conviction',
    'ranked-choice',
    'approval',
    'score',
    'budget-split',
  ],
  combinators: ['all-of', 'any-of'],
  outcomes: ['timelock', 'execute', 'reject', 'signal'],
};

/** The fewest params each kind needs: its required fields. Everything else comes from defaults. */
const required: Record<string, object> = {
  proposal: { types: ['grant'] },
  'route-by-amount': { asset: { symbol: 'USDC', decimals: 6 }, bands: [{ port: 'small', below: '1000' }] },
  'route-by-type': { routes: [{ port: 'grants', types: ['grant'] }] },
  stage: { stages: [{ id: 'team', name: 'Core team' }] },
  'token-holders': { token: { symbol: 'ACME', totalSupply: '1000000' } },
  'nft-holders': { collection: { symbol: 'NOUN', totalSupply: 800 } },
  members: { members: ['0x52908400098527886E0F7030069857D2E4169EE7'] },
  signers: { signers: ['0x52908400098527886E0F7030069857D2E4169EE7'] },
  'quadratic-funding': { matchingPool: '100000', asset: { symbol: 'DAI' } },
  conviction: { fundsAsset: { symbol: 'HNY' } },
  'budget-split': { budget: '50000', asset: { symbol: 'USDC', decimals: 6 } },
};

describe('the node catalogue', () => {
  it('holds every kind of the DESIGN.md table, in its group, once', () => {
    const byGroup = Object.fromEntries(
      nodeGroups.map((group) => [group, nodeKinds.filter((k) => k.group === group).map((k) => k.kind)]),
    );
    expect(byGroup).toEqual(designTable);
  });

  it.each(nodeKinds.map((k) => [k.kind, k]))(
    '%s: its defaults plus its required fields are valid params',
    (kind, definition) => {
      const ajv = new Ajv2020({ useDefaults: true, strict: false });
      ajv.addFormat('evm-address', true);
      const validate = ajv.compile(definition.params);
      const params = structuredClone(required[kind] ?? {});
      expect(validate(params), JSON.stringify(validate.errors)).toBe(true);
      expect(() => definition.ports(params as never)).not.toThrow();
      expect(definition.summary(params as never, 'en')).not.toBe('');
      expect(definition.summary(params as never, 'ko')).not.toBe('');
      for (const language of ['en', 'ko'] as const) {
        const context = {
          language,
          voters: 'ACME holders',
          unit: 'ACME',
          perPerson: false,
          branch: 'otherwise',
        };
        expect(definition.explain(params as never, context).length).toBeGreaterThan(3);
      }
    },
  );

  it.each(nodeKinds.map((k) => [k.kind, k]))(
    '%s: says what it is in English and Korean, and names its ports',
    (_kind, definition) => {
      for (const text of [
        definition.title.en,
        definition.title.ko,
        definition.description.en,
        definition.description.ko,
      ]) {
        expect(text.length).toBeGreaterThan(1);
      }
      expect(definition.description.ko).toMatch(/[가-힣]/);
      const ports = definition.ports(structuredClone(required[definition.kind] ?? {}) as never);
      expect(new Set(ports.map((port) => `${port.direction}:${port.id}`)).size).toBe(ports.length);
      // Routing branches are labelled with the user's own names (types, stage names); fixed ports are translated.
      const fixed = definition.group === 'routing' ? ports.filter((port) => port.direction === 'in') : ports;
      for (const port of fixed) expect(port.label.ko).toMatch(/[가-힣]/);
    },
  );

  it.each(nodeKinds.map((k) => [k.kind, k]))(
    '%s: anchors a unit exactly on the targets it lists in anchorsOn (only those are asked)',
    (kind, definition) => {
      const ajv = new Ajv2020({ useDefaults: true, strict: false });
      ajv.addFormat('evm-address', true);
      const params = structuredClone(required[kind] ?? {});
      ajv.compile(definition.params)(params);
      const node = { id: 'n', kind, params } as never;
      const anchorsOn = targetNames.filter((target) => {
        const answer = definition.targets[target](node, { exits: [], feeds: [], anchor: true });
        return 'anchor' in answer;
      });
      expect(anchorsOn).toEqual(definition.flow.role === 'outcome' ? [] : (definition.anchorsOn ?? []));
    },
  );

  it('gives every parameter field a title in both languages', () => {
    const missing: string[] = [];
    for (const definition of nodeKinds) {
      for (const [name, field] of Object.entries(
        (definition.params.properties ?? {}) as Record<string, Record<string, any>>,
      )) {
        if (!field.title || !field['x-ko']?.title) missing.push(`${definition.kind}.${name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
