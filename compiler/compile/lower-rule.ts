import type { CharterNode } from '../generated/charter-document.ts';
import { powerDecimals } from './electorate-at.ts';
import type { GraphView } from './graph-view.ts';
import { lowerParams } from './lower-params.ts';

/**
 * A node's params in exact units, as a body's or a route step's `rule`: its kind's own lowering when it has one,
 * else the generic walk, with token amounts in the decimals of the voting power they count (see {@link powerDecimals}).
 */
export function lowerRule(view: GraphView, node: CharterNode): Record<string, unknown> {
  const bound = view.bound(node.id);
  const context = { decimals: powerDecimals(view, node.id) };
  return (
    bound.lowerRule?.(context) ??
    (lowerParams(node.params, bound.definition.params, context) as Record<string, unknown>)
  );
}
