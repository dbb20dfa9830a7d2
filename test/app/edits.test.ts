import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CharterDocument, defaultParams, validateDocument } from '../../compiler/index.ts';
import { addNode } from '../../src/edits/add-node.ts';
import { connect, connectionProblem } from '../../src/edits/connect.ts';
import { copyNodes, pasteNodes } from '../../src/edits/copy-nodes.ts';
import { layoutNodes } from '../../src/edits/layout-nodes.ts';
import { moveNodes } from '../../src/edits/move-nodes.ts';
import { removeElements } from '../../src/edits/remove-elements.ts';
import { setNodeField } from '../../src/edits/set-node-field.ts';
import { uniqueId } from '../../src/edits/unique-id.ts';
import { blankDocument } from '../../src/store/document-store.ts';

const governor = JSON.parse(
  readFileSync(new URL('../../rules-schema/examples/token-governor.charter.json', import.meta.url), 'utf8'),
) as CharterDocument;

function threeNodePath(): CharterDocument {
  let doc = blankDocument();
  for (const [kind, x] of [
    ['proposal', 0],
    ['timelock', 300],
    ['execute', 600],
  ] as const)
    doc = addNode(doc, kind, { x, y: 0 }).document;
  doc = connect(doc, { from: { node: 'proposal', port: 'out' }, to: { node: 'timelock', port: 'in' } });
  return connect(doc, { from: { node: 'timelock', port: 'out' }, to: { node: 'execute', port: 'in' } });
}

describe('editing the document', () => {
  it('adds nodes with their kind’s defaults and ids named after the kind', () => {
    let doc = addNode(blankDocument(), 'majority-vote', { x: 10.4, y: 20.6 }).document;
    const second = addNode(doc, 'majority-vote', { x: 0, y: 0 });
    doc = second.document;
    expect(doc.nodes.map((node) => node.id)).toEqual(['majority-vote', 'majority-vote-2']);
    expect(second.id).toBe('majority-vote-2');
    expect(doc.nodes[0]!.position).toEqual({ x: 10, y: 21 });
    expect(doc.nodes[0]!.params).toEqual(defaultParams('majority-vote'));
  });

  it('wires three palette nodes into a valid path', () => {
    const doc = threeNodePath();
    expect(doc.edges.map((edge) => edge.id)).toEqual(['proposal.out-timelock', 'timelock.out-execute']);
    expect(validateDocument(doc).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('refuses connections the ports do not allow, saying why', () => {
    const at = (node: string, port: string) => ({ node, port });
    expect(connectionProblem(governor, { from: at('uni', 'voters'), to: at('delay', 'in') })).toEqual({
      code: 'type-mismatch',
      fromType: 'electorate',
      toType: 'flow',
    });
    expect(connectionProblem(governor, { from: at('vote', 'passed'), to: at('vote', 'in') })).toEqual({
      code: 'same-node',
    });
    expect(connectionProblem(governor, { from: at('propose', 'out'), to: at('vote', 'in') })).toEqual({
      code: 'duplicate',
    });
    // Who may propose takes one electorate: a second is refused.
    let doc = addNode(blankDocument(), 'proposal', { x: 0, y: 0 }).document;
    doc = addNode(doc, 'token-holders', { x: 0, y: 0 }).document;
    doc = addNode(doc, 'token-holders', { x: 0, y: 0 }).document;
    doc = connect(doc, { from: at('token-holders', 'voters'), to: at('proposal', 'proposers') });
    expect(doc.edges).toHaveLength(1);
    expect(
      connectionProblem(doc, { from: at('token-holders-2', 'voters'), to: at('proposal', 'proposers') }),
    ).toMatchObject({ code: 'port-full', max: 1, end: 'to' });
    expect(connectionProblem(governor, { from: at('uni', 'nope'), to: at('vote', 'voters') })).toEqual({
      code: 'unknown-port',
    });
    // A refused connection leaves the document as it was.
    expect(connect(governor, { from: at('uni', 'voters'), to: at('delay', 'in') })).toBe(governor);
  });

  it('removes nodes with their edges, and returns the same document when nothing matches', () => {
    const doc = removeElements(governor, new Set(['vote']));
    expect(doc.nodes.map((node) => node.id)).not.toContain('vote');
    expect(doc.edges.some((edge) => edge.from.node === 'vote' || edge.to.node === 'vote')).toBe(false);
    expect(removeElements(governor, new Set(['nope']), new Set(['nope']))).toBe(governor);
  });

  it('moves nodes to whole positions, and a move to the same place is no change', () => {
    const moved = moveNodes(governor, new Map([['vote', { x: 1.6, y: -2.2 }]]));
    expect(moved.nodes.find((node) => node.id === 'vote')!.position).toEqual({ x: 2, y: -2 });
    expect(moveNodes(moved, new Map([['vote', { x: 2, y: -2 }]]))).toBe(moved);
  });

  it('sets and removes fields deep inside params, without touching other nodes', () => {
    const doc = setNodeField(governor, 'vote', ['params', 'quorum', 'percent'], '2');
    const vote = doc.nodes.find((node) => node.id === 'vote')!;
    expect((vote.params as { quorum: unknown }).quorum).toEqual({ percent: '2' });
    expect(doc.nodes.filter((node) => node.id !== 'vote')).toEqual(
      governor.nodes.filter((node) => node.id !== 'vote'),
    );
    expect(setNodeField(doc, 'vote', ['params', 'quorum', 'percent'], '2')).toBe(doc);
    const unlabelled = setNodeField(doc, 'vote', ['label'], undefined);
    expect('label' in unlabelled.nodes.find((node) => node.id === 'vote')!).toBe(false);
  });

  it('pastes copies with fresh ids and their inner edges rewired, any number of times', () => {
    fc.assert(
      fc.property(
        fc.subarray(
          governor.nodes.map((node) => node.id),
          { minLength: 1 },
        ),
        fc.nat(4),
        (ids, times) => {
          const clipboard = copyNodes(governor, new Set(ids));
          let doc = governor;
          for (let i = 0; i <= times; i++) {
            const pasted = pasteNodes(doc, clipboard, { x: 40, y: 40 });
            expect(pasted.ids).toHaveLength(ids.length);
            doc = pasted.document;
          }
          const nodeIds = doc.nodes.map((node) => node.id);
          const edgeIds = doc.edges.map((edge) => edge.id);
          expect(new Set(nodeIds).size).toBe(nodeIds.length);
          expect(new Set(edgeIds).size).toBe(edgeIds.length);
          const known = new Set(nodeIds);
          for (const edge of doc.edges) {
            expect(known.has(edge.from.node) && known.has(edge.to.node)).toBe(true);
          }
          const inner = clipboard.edges.length;
          expect(doc.edges.length).toBe(governor.edges.length + inner * (times + 1));
        },
      ),
    );
  });

  it('makes ids unique within the 64 characters an id may have', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/), fc.nat(30), (base, n) => {
        const taken = new Set<string>();
        for (let i = 0; i <= n; i++) taken.add(uniqueId(base, taken));
        expect(taken.size).toBe(n + 1);
        for (const id of taken) expect(id).toMatch(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/);
      }),
    );
  });

  it('lays a path out left to right, electorates before the votes they feed', () => {
    const laid = layoutNodes(governor);
    const x = (id: string) => laid.nodes.find((node) => node.id === id)!.position!.x;
    expect(x('propose')).toBeLessThan(x('vote'));
    expect(x('uni')).toBeLessThan(x('vote'));
    expect(x('vote')).toBeLessThan(x('delay'));
    expect(x('delay')).toBeLessThan(x('run'));
    expect(laid.edges).toBe(governor.edges);
  });
});
