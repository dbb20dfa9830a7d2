import type { CharterEdge, CharterNode } from '../../compiler/index.ts';
import { portsOfStoredNode } from './connect.ts';

/**
 * The edges with each renamed port of a node followed: when an edit changes a node's port ids (a branch renamed in
 * its list) and leaves their number and order alone, every edge on an old id moves to the new one. An id that is
 * still there, or a new id that was already there, is left alone, so nothing is carried to the wrong port.
 */
export function carryPortRenames(
  before: CharterNode,
  after: CharterNode,
  edges: readonly CharterEdge[],
): readonly CharterEdge[] {
  const old = portsOfStoredNode(before);
  const next = portsOfStoredNode(after);
  if (old.length !== next.length || old.length === 0) return edges;
  const oldIds = new Set(old.map((port) => port.id));
  const nextIds = new Set(next.map((port) => port.id));
  const renamed = new Map<string, string>();
  old.forEach((port, i) => {
    const to = next[i]!;
    if (port.id === to.id || port.direction !== to.direction || port.type !== to.type) return;
    if (nextIds.has(port.id) || oldIds.has(to.id)) return;
    renamed.set(`${port.direction}:${port.id}`, to.id);
  });
  if (renamed.size === 0) return edges;
  let changed = false;
  const carried = edges.map((edge) => {
    const from = edge.from.node === before.id ? renamed.get(`out:${edge.from.port}`) : undefined;
    const to = edge.to.node === before.id ? renamed.get(`in:${edge.to.port}`) : undefined;
    if (from === undefined && to === undefined) return edge;
    changed = true;
    return {
      ...edge,
      from: from === undefined ? edge.from : { ...edge.from, port: from },
      to: to === undefined ? edge.to : { ...edge.to, port: to },
    };
  });
  return changed ? carried : edges;
}
