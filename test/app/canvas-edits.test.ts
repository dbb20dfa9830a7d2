import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CharterDocument, validateDocument } from '../../compiler/index.ts';
import { readableViewport, readableZoom } from '../../src/canvas/readable-viewport.ts';
import { addNode } from '../../src/edits/add-node.ts';
import { addBranch, addBranchPort } from '../../src/edits/branch-lists.ts';
import { connect, connectionProblem } from '../../src/edits/connect.ts';
import { connectionTargets } from '../../src/edits/connection-targets.ts';
import { cardSize, freeSpot } from '../../src/edits/free-spot.ts';
import { nodePorts } from '../../src/edits/node-ports.ts';
import { setNodeField } from '../../src/edits/set-node-field.ts';
import { blankDocument, useDocumentStore } from '../../src/store/document-store.ts';

function example(name: string): CharterDocument {
  return JSON.parse(
    readFileSync(new URL(`../../rules-schema/examples/${name}.charter.json`, import.meta.url), 'utf8'),
  ) as CharterDocument;
}

/** Problems about edges and ports: what a branch rename that lost its edges would show. */
function edgeErrors(document: CharterDocument) {
  return validateDocument(document).filter(
    (d) => d.severity === 'error' && /edge|port/i.test(`${d.code} ${d.message}`),
  );
}

describe('branches on the canvas', () => {
  it('shows an empty router’s input, its fixed output and an “Add a branch” output', () => {
    const doc = addNode(blankDocument(), 'route-by-type', { x: 0, y: 0 }).document;
    const node = doc.nodes[0]!;
    expect(nodePorts(node).map((port) => [port.id, port.direction, port.label.en])).toEqual([
      ['in', 'in', 'Proposal in'],
      ['otherwise', 'out', 'Other types'],
      [addBranchPort, 'out', 'Add a branch'],
    ]);
    const stage = addNode(blankDocument(), 'stage', { x: 0, y: 0 }).document.nodes[0]!;
    expect(nodePorts(stage).map((port) => port.label.en)).toEqual(['Proposal in', 'Add a branch']);
  });

  it('adds a branch and its edge in one step when a connection leaves “Add a branch”', () => {
    let doc = addNode(blankDocument(), 'stage', { x: 0, y: 0 }).document;
    doc = addNode(doc, 'execute', { x: 300, y: 0 }).document;
    useDocumentStore.getState().replace(doc);
    const connection = { from: { node: 'stage', port: addBranchPort }, to: { node: 'execute', port: 'in' } };
    expect(connectionProblem(doc, connection)).toBeUndefined();
    useDocumentStore.getState().edit((current) => connect(current, connection));
    const after = useDocumentStore.getState().document;
    const stages = (after.nodes[0]!.params as { stages: { id: string }[] }).stages;
    expect(stages.map((stage) => stage.id)).toEqual(['stage']);
    // A new stage is named in the interface language.
    const named = (language: 'en' | 'ko') =>
      (addBranch(doc, 'stage', language).document.nodes[0]!.params as { stages: { name: string }[] })
        .stages[0]!.name;
    expect([named('en'), named('ko')]).toEqual(['Stage 1', '1단계']);
    expect(after.edges.map((edge) => [edge.from, edge.to])).toEqual([
      [
        { node: 'stage', port: 'stage' },
        { node: 'execute', port: 'in' },
      ],
    ]);
    expect(edgeErrors(after)).toEqual([]);
    // One undo takes back the branch and its edge together.
    useDocumentStore.temporal.getState().undo();
    expect(useDocumentStore.getState().document).toBe(doc);
  });

  it('gives a new amount band a limit ten times the last one’s', () => {
    const digits = fc.stringMatching(/^[1-9]\d{0,20}$/);
    fc.assert(
      fc.property(
        digits,
        fc.option(fc.stringMatching(/^\d{1,6}$/), { nil: undefined }),
        (whole, fraction) => {
          const below = fraction === undefined ? whole : `${whole}.${fraction}`;
          let doc = addNode(blankDocument(), 'route-by-amount', { x: 0, y: 0 }).document;
          doc = setNodeField(doc, 'route-by-amount', ['params', 'bands'], [{ port: 'small', below }]);
          const { document: added, port } = addBranch(doc, 'route-by-amount');
          const bands = (added.nodes[0]!.params as { bands: { port: string; below: string }[] }).bands;
          expect(bands.map((band) => band.port)).toEqual(['small', port]);
          // Checked with whole numbers: "12.345" times ten is "123.45", so both scale to the same integer.
          const scale = (text: string, places: number) => {
            const [w, f = ''] = text.split('.');
            return BigInt(w + f.padEnd(places, '0'));
          };
          const places = fraction?.length ?? 0;
          expect(scale(bands[1]!.below, places)).toBe(scale(below, places) * 10n);
        },
      ),
    );
  });

  it('carries the edges of a renamed stage to its new id, as one undo step', () => {
    const doc = example('staged-dao');
    useDocumentStore.getState().replace(doc);
    useDocumentStore
      .getState()
      .edit((current) => setNodeField(current, 'stages', ['params', 'stages', 1, 'id'], 'token-vote'));
    const after = useDocumentStore.getState().document;
    const fromStages = after.edges.filter((edge) => edge.from.node === 'stages');
    expect(fromStages.map((edge) => [edge.from.port, edge.to.node])).toEqual([
      ['team', 'multisig'],
      ['token-vote', 'vote2'],
      ['community', 'vote3'],
    ]);
    expect(edgeErrors(after)).toEqual([]);
    expect(validateDocument(after).filter((d) => d.severity === 'error')).toEqual([]);
    useDocumentStore.temporal.getState().undo();
    expect(useDocumentStore.getState().document).toBe(doc);
  });

  it('carries a router branch’s edge through a rename typed a letter at a time', () => {
    let doc = example('conviction-fund');
    const router = doc.nodes.find((node) => node.kind === 'route-by-type')!;
    const routes = (router.params as { routes: { port: string }[] }).routes;
    const old = routes[0]!.port;
    const edgesBefore = doc.edges.filter(
      (edge) => edge.from.node === router.id && edge.from.port === old,
    ).length;
    expect(edgesBefore).toBeGreaterThan(0);
    for (const typed of ['g', 'gr', 'gra', 'gran', 'grant', 'grants-x'])
      doc = setNodeField(doc, router.id, ['params', 'routes', 0, 'port'], typed);
    expect(
      doc.edges.filter((edge) => edge.from.node === router.id && edge.from.port === 'grants-x'),
    ).toHaveLength(edgesBefore);
    expect(edgeErrors(doc)).toEqual([]);
  });

  it('leaves edges alone when a rename takes the id of another branch', () => {
    const doc = example('staged-dao');
    const after = setNodeField(doc, 'stages', ['params', 'stages', 1, 'id'], 'team');
    expect(after.edges.find((edge) => edge.id === 'e3')!.from.port).toBe('vote');
  });
});

describe('keyboard connection targets', () => {
  it('lists exactly the ports a connection may be drawn to', () => {
    const doc = example('token-governor');
    for (const node of doc.nodes) {
      for (const port of nodePorts(node)) {
        const targets = connectionTargets(doc, { node: node.id, port: port.id });
        const listed = new Set(targets.map((target) => `${target.node}/${target.port.id}`));
        // Checked against every port of every other node, one at a time.
        for (const other of doc.nodes) {
          if (other.id === node.id) continue;
          for (const otherPort of nodePorts(other)) {
            if (otherPort.direction === port.direction) continue;
            const here = { node: node.id, port: port.id };
            const there = { node: other.id, port: otherPort.id };
            const connection =
              port.direction === 'out' ? { from: here, to: there } : { from: there, to: here };
            const allowed = connectionProblem(doc, connection) === undefined;
            expect(listed.has(`${other.id}/${otherPort.id}`)).toBe(allowed);
            if (allowed) expect(connect(doc, connection).edges).toHaveLength(doc.edges.length + 1);
          }
        }
      }
    }
  });
});

describe('placing and fitting', () => {
  const overlap = (a: { x: number; y: number }, b: { x: number; y: number }) =>
    a.x < b.x + cardSize.width &&
    b.x < a.x + cardSize.width &&
    a.y < b.y + cardSize.height &&
    b.y < a.y + cardSize.height;

  it('puts each clicked-in node on a free spot, never on another card', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ x: fc.integer({ min: -600, max: 600 }), y: fc.integer({ min: -400, max: 400 }) }),
          {
            maxLength: 12,
          },
        ),
        fc.integer({ min: 1, max: 8 }),
        (existing, adds) => {
          let doc = blankDocument();
          for (const position of existing) doc = addNode(doc, 'timelock', position).document;
          const placed: { x: number; y: number }[] = [];
          for (let i = 0; i < adds; i++) {
            const spot = freeSpot(doc, { x: 0, y: 0 });
            for (const node of doc.nodes) expect(overlap(spot, node.position!)).toBe(false);
            placed.push(spot);
            doc = addNode(doc, 'execute', spot).document;
          }
          expect(new Set(placed.map((spot) => `${spot.x},${spot.y}`)).size).toBe(adds);
        },
      ),
    );
  });

  it('fits at a readable zoom, clear of the minimap when the graph fits', () => {
    const pane = { width: 900, height: 560 };
    const minimap = { width: 200, height: 150 };
    fc.assert(
      fc.property(
        fc.record({
          x: fc.integer({ min: -2000, max: 2000 }),
          y: fc.integer({ min: -2000, max: 2000 }),
          width: fc.integer({ min: 1, max: 6000 }),
          height: fc.integer({ min: 1, max: 4000 }),
        }),
        fc.boolean(),
        (bounds, withMinimap) => {
          const view = readableViewport(bounds, pane, withMinimap ? minimap : undefined);
          expect(view.zoom).toBeGreaterThanOrEqual(readableZoom);
          const left = bounds.x * view.zoom + view.x;
          const top = bounds.y * view.zoom + view.y;
          const right = left + bounds.width * view.zoom;
          const bottom = top + bounds.height * view.zoom;
          if (view.zoom > readableZoom) {
            // The whole graph is on screen, and none of it under the minimap's corner.
            expect(left).toBeGreaterThanOrEqual(-0.001);
            expect(top).toBeGreaterThanOrEqual(-0.001);
            expect(right).toBeLessThanOrEqual(pane.width + 0.001);
            expect(bottom).toBeLessThanOrEqual(pane.height + 0.001);
            if (withMinimap) {
              const underMinimap =
                right > pane.width - minimap.width && bottom > pane.height - minimap.height;
              expect(underMinimap).toBe(false);
            }
          } else {
            // Too large to fit readably: its left edge, where proposals start, is on screen.
            expect(left).toBeGreaterThanOrEqual(0);
            expect(left).toBeLessThan(pane.width / 2);
          }
        },
      ),
    );
  });
});
