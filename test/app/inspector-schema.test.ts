import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CharterDocument, getNodeKind, nodeKinds, validateDocument } from '../../compiler/index.ts';
import { groupDiagnostics } from '../../src/inspector/group-diagnostics.ts';
import { fieldOwner } from '../../src/inspector/schema/field-owner.ts';
import type { FieldSchema } from '../../src/inspector/schema/field-schema.ts';
import { fieldTitle } from '../../src/inspector/schema/field-title.ts';
import { initialValue } from '../../src/inspector/schema/initial-value.ts';
import { widgetFor } from '../../src/inspector/schema/widget-for.ts';
import { setDocumentField } from '../../src/inspector/set-document-field.ts';

const minimal = JSON.parse(
  readFileSync(new URL('../fixtures/minimal.charter.json', import.meta.url), 'utf8'),
) as CharterDocument;

function params(kind: string): FieldSchema {
  return getNodeKind(kind)!.params as FieldSchema;
}

function property(kind: string, ...path: string[]): FieldSchema {
  let schema = params(kind);
  for (const key of path) {
    schema =
      key === '0' ? (schema.items as FieldSchema) : (schema.properties as Record<string, FieldSchema>)[key]!;
  }
  return schema;
}

/** Every field of every kind, with the widget that edits it. */
function widgets(): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (schema: FieldSchema, path: string) => {
    const widget = widgetFor(schema);
    found.set(path, widget);
    if (widget === 'object')
      for (const [key, child] of Object.entries(schema.properties as Record<string, FieldSchema>))
        walk(child, `${path}.${key}`);
    if (widget === 'list') walk(schema.items as FieldSchema, `${path}.0`);
  };
  for (const definition of nodeKinds)
    for (const [key, child] of Object.entries((definition.params as FieldSchema).properties as object))
      walk(child as FieldSchema, `${definition.kind}.${key}`);
  return found;
}

describe('widgetFor', () => {
  it('gives every parameter of every kind a form widget: none falls back to JSON', () => {
    const found = widgets();
    expect(found.size).toBeGreaterThan(100);
    expect([...found].filter(([, widget]) => widget === 'json')).toEqual([]);
  });

  it('picks the widget by unit, then by shape', () => {
    const found = widgets();
    expect(found.get('majority-vote.votingPeriod')).toBe('duration');
    expect(found.get('majority-vote.supportThreshold')).toBe('percent');
    expect(found.get('majority-vote.quorum')).toBe('supply-share');
    expect(found.get('majority-vote.quorumCounts')).toBe('choice');
    expect(found.get('veto.threshold')).toBe('one-of');
    expect(found.get('signers.signers')).toBe('address-list');
    expect(found.get('timelock.admin')).toBe('address');
    expect(found.get('multisig.threshold')).toBe('count');
    expect(found.get('multisig.onlyListed')).toBe('flag');
    expect(found.get('route-by-amount.bands')).toBe('list');
    expect(found.get('route-by-amount.bands.0.below')).toBe('amount');
    expect(found.get('stage.stages.0.criteria.0.threshold')).toBe('number');
    expect(found.get('proposal.types.0')).toBe('id');
  });

  it('edits a shape it cannot render as JSON', () => {
    expect(widgetFor({ type: 'object' })).toBe('json');
    expect(widgetFor({ anyOf: [{ type: 'string' }, { type: 'number' }] })).toBe('json');
  });
});

describe('fieldTitle', () => {
  it('reads the Korean title from x-ko', () => {
    expect(fieldTitle(property('majority-vote', 'votingPeriod'), 'en', 'x')).toBe('Voting period');
    expect(fieldTitle(property('majority-vote', 'votingPeriod'), 'ko', 'x')).toBe('투표 기간');
    expect(fieldTitle({}, 'ko', 'fallback')).toBe('fallback');
  });
});

describe('fieldOwner', () => {
  it('places a diagnostic under the widget that holds its field', () => {
    const majority = params('majority-vote');
    expect(fieldOwner('params.quorum.percent', majority)).toBe('params.quorum');
    expect(fieldOwner('params.votingPeriod', majority)).toBe('params.votingPeriod');
    expect(fieldOwner('label', majority)).toBe('label');
    expect(fieldOwner('params.signers.3', params('signers'))).toBe('params.signers');
    expect(fieldOwner('params.bands.0.below', params('route-by-amount'))).toBe('params.bands.0.below');
    expect(fieldOwner('params.bands.1', params('route-by-amount'))).toBe('params.bands.1');
    expect(fieldOwner('params.token.supply', params('token-holders'))).toBe('params.token');
    expect(fieldOwner('params.stages.0.criteria.2.text', params('stage'))).toBe(
      'params.stages.0.criteria.2.text',
    );
  });

  it('leaves to the top what no field shows', () => {
    const majority = params('majority-vote');
    expect(fieldOwner('params.quorom', majority)).toBeUndefined();
    expect(fieldOwner('params', majority)).toBeUndefined();
    expect(fieldOwner('kind', majority)).toBeUndefined();
    expect(fieldOwner('position.x', majority)).toBeUndefined();
    expect(fieldOwner('params.quorum', undefined)).toBeUndefined();
  });
});

describe('groupDiagnostics', () => {
  it("puts a node's schema errors under their fields and the rest on top", () => {
    const broken = structuredClone(minimal);
    const vote = broken.nodes.find((node) => node.id === 'vote')!;
    vote.params = { quorum: { percent: '104' }, votingPerod: 5 } as never;
    const grouped = groupDiagnostics(validateDocument(broken), 'vote', params('majority-vote'));
    expect([...grouped.byField.keys()]).toEqual(['params.quorum']);
    expect(grouped.byField.get('params.quorum')!.map((diagnostic) => diagnostic.field)).toEqual([
      'params.quorum.percent',
    ]);
    expect(grouped.general.map((diagnostic) => diagnostic.code)).toContain('unknown-field');
  });

  it("ignores other nodes' diagnostics", () => {
    const broken = structuredClone(minimal);
    broken.nodes.find((node) => node.id === 'vote')!.params = { votingPeriod: -1 } as never;
    const grouped = groupDiagnostics(validateDocument(broken), 'delay', params('timelock'));
    expect(grouped.byField.size).toBe(0);
    expect(grouped.general).toEqual([]);
  });
});

describe('initialValue', () => {
  it('starts a new row valid where it can: unused ids, zero amounts, the first choice', () => {
    expect(initialValue(property('route-by-amount', 'bands', '0'), new Set(['band-1']))).toEqual({
      port: 'band-2',
      below: '0',
    });
    expect(initialValue(property('proposal', 'types', '0'))).toBe('proposal-type-1');
    expect(initialValue(property('stage', 'stages', '0'))).toEqual({ id: 'stage-1', name: '' });
    expect(initialValue(property('stage', 'stages', '0', 'criteria', '0'))).toEqual({
      metric: 'min-token-holders',
      text: '',
    });
    expect(initialValue(property('token-holders', 'topHolders', '0'))).toEqual({ label: '', balance: '0' });
  });
});

describe('setDocumentField', () => {
  it('sets and removes a document field, and returns the same document when nothing changes', () => {
    const next = setDocumentField(minimal, ['chain', 'blockTime'], 2);
    expect(next.chain).toEqual({ chainId: 1, blockTime: 2, clockMode: 'blocknumber' });
    expect(minimal.chain.blockTime).toBe(12);
    expect(setDocumentField(minimal, ['chain', 'blockTime'], 12)).toBe(minimal);
    expect(setDocumentField(minimal, ['currentStage'], undefined)).toBe(minimal);
    expect(
      'description' in setDocumentField({ ...minimal, description: 'x' }, ['description'], undefined),
    ).toBe(false);
  });
});
