import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { keccak256, stringToBytes } from 'viem';
import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile/compile.ts';
import { canonicalJson } from '../../compiler/document/canonical-json.ts';
import { validateDocument } from '../../compiler/validate/validate-document.ts';
import configSchema from '../../rules-schema/config.schema.json' with { type: 'json' };
import { fixture } from '../fixtures/fixtures.ts';

const examples = new URL('../../rules-schema/examples/', import.meta.url);
const templates = Object.fromEntries(
  readdirSync(examples)
    .filter((name) => name.endsWith('.charter.json'))
    .map((name) => [name, JSON.parse(readFileSync(new URL(name, examples), 'utf8'))]),
);
const validateConfig = new Ajv2020({ allErrors: true, strict: true }).compile(configSchema);

function compiled(doc: unknown) {
  const result = compile(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics, null, 2));
  return result;
}

describe('compile', () => {
  it('lowers the minimal governor to exact units', () => {
    const { config } = compiled(fixture('minimal'));
    expect(config.electorates[0]!.token!.totalSupply).toBe('1000000000000000000000000');
    expect(config.bodies).toEqual([
      {
        id: 'vote',
        label: 'Token vote',
        kind: 'majority-vote',
        mechanism: 'convex',
        electorate: 'holders',
        rule: {
          quorum: { fraction: { numerator: '4', denominator: '100' } },
          quorumCounts: 'for+abstain',
          supportThreshold: { numerator: '50', denominator: '100' },
          votingDelay: 86_400,
          votingPeriod: 604_800,
          lateQuorumExtension: 0,
          votingMode: 'standard',
        },
      },
    ]);
    expect(config.routes.map((route) => route.steps.map((step) => step.node))).toEqual([
      ['propose', 'vote', 'delay', 'run', 'stop'],
    ]);
  });

  it('counts an absolute quorum in the base units of the voters’ token', () => {
    const doc = fixture('minimal') as any;
    doc.nodes[2].params.quorum = { absolute: '40000.5' };
    expect(compiled(doc).config.bodies[0]!.rule.quorum).toEqual({ absolute: '40000500000000000000000' });
  });

  it('refuses a document with errors, and says why', () => {
    const doc = fixture('minimal') as any;
    doc.edges.pop();
    const result = compile(doc);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['no-outcome', 'unreachable']);
  });

  describe('what validates compiles: voting power with no electorate, or one without decimals', () => {
    const withoutProposers = (minVotingPower: string) => {
      const doc = fixture('minimal') as any;
      doc.nodes[0].params.minVotingPower = minVotingPower;
      return doc;
    };

    it('refuses a fractional minimum voting power when no proposers are connected, never throws', () => {
      const result = compile(withoutProposers('100.5'));
      expect(result.ok).toBe(false);
      expect(result.diagnostics).toContainEqual(
        expect.objectContaining({ code: 'too-precise', nodeId: 'propose', field: 'params.minVotingPower' }),
      );
      expect(validateDocument(withoutProposers('100.5')).map((d) => d.code)).toContain('too-precise');
    });

    it('compiles a whole minimum voting power with no proposers connected, counted one for one', () => {
      expect(compiled(withoutProposers('100')).config.routes[0]!.minVotingPower).toBe('100');
    });

    it('refuses an absolute quorum with decimals over members, who count one vote each', () => {
      const doc = fixture('minimal') as any;
      doc.nodes[1] = {
        id: 'holders',
        kind: 'members',
        params: { members: ['0x1111111111111111111111111111111111111111'] },
      };
      doc.nodes[2].params.quorum = { absolute: '1.5' };
      const result = compile(doc);
      expect(result.ok).toBe(false);
      expect(result.diagnostics.map((d) => [d.code, d.field])).toContainEqual([
        'too-precise',
        'params.quorum.absolute',
      ]);
      doc.nodes[2].params.quorum = { absolute: '1' };
      expect(compiled(doc).config.bodies[0]!.rule.quorum).toEqual({ absolute: '1' });
    });
  });

  it.each(['minimal', ...Object.keys(templates)])(
    '%s: the config matches config.schema.json and carries its own hash',
    (name) => {
      const doc = name === 'minimal' ? fixture('minimal') : templates[name];
      const { config, text } = compiled(doc);
      expect(validateConfig(config), JSON.stringify(validateConfig.errors)).toBe(true);
      const { hash, ...rest } = config;
      expect(hash).toBe(keccak256(stringToBytes(canonicalJson(rest))));
      expect(text).toBe(canonicalJson(config));
    },
  );

  describe('config.schema.json pins each rule to its kind', () => {
    const config = () => structuredClone(compiled(fixture('minimal')).config) as any;
    const errors = (changed: unknown) => {
      expect(validateConfig(changed)).toBe(false);
      return validateConfig.errors!.map((error) => `${error.instancePath} ${error.message}`);
    };

    it('refuses a quorum left as a percentage instead of a fraction', () => {
      const changed = config();
      changed.bodies[0].rule.quorum = { percent: '4' };
      expect(errors(changed)).toContain('/bodies/0/rule/quorum must NOT have additional properties');
    });

    it('refuses a field the kind does not have, and a missing one', () => {
      const extra = config();
      extra.bodies[0].rule.quorumm = extra.bodies[0].rule.quorum;
      expect(errors(extra)).toContain('/bodies/0/rule must NOT have additional properties');
      const missing = config();
      delete missing.bodies[0].rule.votingPeriod;
      expect(errors(missing)).toContain("/bodies/0/rule must have required property 'votingPeriod'");
    });

    it('refuses a multisig rule on a majority vote, and a timelock step whose delay is text', () => {
      const swapped = config();
      swapped.bodies[0].kind = 'multisig';
      expect(errors(swapped)).toContain("/bodies/0/rule must have required property 'threshold'");
      const step = config();
      const delay = step.routes[0].steps.find((s: any) => s.kind === 'timelock');
      delay.rule.delay = '172800';
      expect(errors(step)).toContain(
        `/routes/0/steps/${step.routes[0].steps.indexOf(delay)}/rule/delay must be integer`,
      );
    });
  });

  it('is deterministic: reordering nodes and edges, moving nodes and re-printing the file change no byte', () => {
    const docs = [fixture('minimal'), ...Object.values(templates)];
    fc.assert(
      fc.property(
        fc.nat({ max: docs.length - 1 }),
        fc.nat(),
        fc.integer({ min: -5000, max: 5000 }),
        (which, seed, shift) => {
          const original = docs[which]!;
          const shuffled = structuredClone(original) as any;
          const random = fc.sample(
            fc.shuffledSubarray([...shuffled.nodes.keys()], { minLength: shuffled.nodes.length }),
            { seed, numRuns: 1 },
          )[0]!;
          shuffled.nodes = random.map((i: number) => ({
            ...shuffled.nodes[i],
            position: { x: shift * i, y: -shift },
          }));
          shuffled.edges = [...shuffled.edges].reverse();
          const reprinted = JSON.parse(JSON.stringify(shuffled, null, 3));
          expect(compiled(reprinted).text).toBe(compiled(original).text);
        },
      ),
      { numRuns: 200, seed: 3 },
    );
  });
});
