// Every field of every node kind, and the document's own, reads in plain words in both languages.
import { describe, expect, it } from 'vitest';
import { buildDocumentSchema, fieldHelp, nodeKinds, optionTitle } from '../../compiler/index.ts';

type Schema = Record<string, any>;

/** Each schema under `schema` that a form shows as a field (properties, list items, one-of branches), with its path. */
function* fields(schema: Schema, path: string): Generator<[string, Schema]> {
  for (const [key, child] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
    yield [`${path}.${key}`, child];
    yield* fields(child, `${path}.${key}`);
  }
  if (schema.items) {
    yield [`${path}[]`, schema.items];
    yield* fields(schema.items, `${path}[]`);
  }
  for (const [index, branch] of ((schema.oneOf ?? []) as Schema[]).entries())
    yield* fields(branch, `${path}|${index}`);
}

const hangul = /[\uac00-\ud7a3]/;
/** Programmer's words a founder should not meet in help text: JSON, standards' numbers, contract internals. */
const jargon =
  /[{}]|EIP-|ERC-\d{4}|minDelay|proposalThreshold|Governor[A-Z]|\b[a-z]+\+[a-z]+\b|\b[a-z]+-[a-z]+:/;

const schemas: [string, Schema][] = [
  ...nodeKinds.map((kind): [string, Schema] => [kind.kind, kind.params as Schema]),
  ['document.chain', (buildDocumentSchema() as Schema).$defs.Chain],
];

describe('field words', () => {
  it.each(schemas)('%s: every help sentence is in Korean too, in plain words', (_name, schema) => {
    const problems: string[] = [];
    for (const [path, field] of fields(schema, '')) {
      const en = fieldHelp(field, 'en');
      const ko = fieldHelp(field, 'ko');
      if (en === undefined) continue;
      if (ko === undefined || ko === en || !hangul.test(ko)) problems.push(`${path}: no Korean help`);
      if (jargon.test(en)) problems.push(`${path}: "${en}"`);
      if (
        field.title !== undefined &&
        !hangul.test(field['x-ko']?.title ?? '') &&
        field['x-ko']?.title !== '%'
      )
        problems.push(`${path}: no Korean title`);
    }
    expect(problems).toEqual([]);
  });

  it.each(schemas)('%s: every choice names each option in words in both languages', (_name, schema) => {
    const problems: string[] = [];
    for (const [path, field] of fields(schema, '')) {
      if (!Array.isArray(field.enum)) continue;
      for (const value of field.enum as string[]) {
        const en = optionTitle(field, value, 'en');
        const ko = optionTitle(field, value, 'ko');
        // A stored value like "for+abstain" or "min-token-holders" is never what a person reads.
        if (en === value && /[-+]|^[a-z]/.test(value))
          problems.push(`${path}=${value}: English is the raw value`);
        if (ko === value && /[-+]|^[a-z]/.test(value))
          problems.push(`${path}=${value}: Korean is the raw value`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('reads a stored choice as its words, and an unknown value as itself', () => {
    const quorumCounts = nodeKinds.find((kind) => kind.kind === 'majority-vote')!.params.properties as Schema;
    expect(optionTitle(quorumCounts.quorumCounts, 'for+abstain', 'en')).toBe('For and Abstain votes');
    expect(optionTitle(quorumCounts.quorumCounts, 'for+abstain', 'ko')).toBe('찬성표와 기권표');
    expect(optionTitle(quorumCounts.quorumCounts, 'quorom', 'ko')).toBe('quorom');
  });
});
