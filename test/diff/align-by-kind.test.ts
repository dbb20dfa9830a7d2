// alignByKind: a document whose nodes are named differently (as one imported from a chain) diffs against the design
// node for node once aligned, and only where each kind appears once on both sides.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignByKind } from '../../compiler/diff/align-by-kind.ts';
import { diffDocuments } from '../../compiler/diff/diff-documents.ts';
import type { CharterDocument } from '../../compiler/generated/charter-document.ts';

const template = (name: string): CharterDocument =>
  JSON.parse(
    readFileSync(new URL(`../../rules-schema/examples/${name}.charter.json`, import.meta.url), 'utf8'),
  );

/** The document with every node id replaced by a fresh one, edges following. */
function renamed(document: CharterDocument, prefix: string): CharterDocument {
  const id = (value: string) => `${prefix}${value}`;
  return {
    ...document,
    nodes: document.nodes.map((node) => ({ ...node, id: id(node.id) })),
    edges: document.edges.map((edge) => ({
      ...edge,
      from: { ...edge.from, node: id(edge.from.node) },
      to: { ...edge.to, node: id(edge.to.node) },
    })),
  };
}

const empty = (document: CharterDocument, other: CharterDocument) => {
  const diff = diffDocuments(document, other);
  return [diff.added, diff.removed, diff.changed, diff.connected, diff.disconnected].every(
    (list) => list.length === 0,
  );
};

describe('alignByKind', () => {
  it('lines up a renamed copy of a template whose kinds each appear once: no difference at all', () => {
    for (const name of ['token-governor', 'team-treasury-safe', 'passport-signal']) {
      const design = template(name);
      fc.assert(
        fc.property(fc.stringMatching(/^[a-z]{1,6}-$/), (prefix) => {
          expect(empty(design, alignByKind(renamed(design, prefix), design))).toBe(true);
        }),
        { numRuns: 20 },
      );
    }
  });

  it('leaves a kind that appears twice unmatched, so the diff shows it rather than guessing a pair', () => {
    const design = template('staged-dao');
    const twice = Object.entries(
      design.nodes.reduce<Record<string, number>>((counts, node) => {
        counts[node.kind] = (counts[node.kind] ?? 0) + 1;
        return counts;
      }, {}),
    ).find(([, count]) => count > 1)?.[0];
    expect(twice).toBeDefined();
    const aligned = alignByKind(renamed(design, 'x-'), design);
    for (const node of aligned.nodes.filter((candidate) => candidate.kind === twice))
      expect(node.id.startsWith('x-')).toBe(true);
    expect(diffDocuments(design, aligned).added.length).toBeGreaterThan(0);
  });
});
