import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { formatAmount } from '../../format/format-amount.ts';
import type { RouteByAmountParams } from '../../generated/charter-document.ts';
import { compareDecimals, parseDecimal } from '../../units/decimal.ts';
import type { GraphIndex } from './graph-index.ts';

/**
 * Checks routing nodes: the branch names a node's params give its ports are distinct, and a route by amount's
 * limits strictly increase, so that every amount has exactly one band.
 */
export function checkRouting(index: GraphIndex): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const item of index.nodes) {
    if (!item.ports) continue;
    const seen = new Set<string>();
    for (const port of item.ports) {
      if (!seen.has(port.id)) {
        seen.add(port.id);
        continue;
      }
      const message = `${item.name}: two branches are named "${port.id}", so edges cannot tell them apart. Give each branch its own name.`;
      diagnostics.push(createDiagnostic('duplicate-port', message, { nodeId: item.node.id, port: port.id }));
    }
    if (item.node.kind !== 'route-by-amount') continue;
    const { bands, asset } = item.node.params as RouteByAmountParams;
    for (let i = 1; i < bands.length; i++) {
      const previous = parseDecimal(bands[i - 1]!.below);
      const current = parseDecimal(bands[i]!.below);
      if (!previous || !current || compareDecimals(previous, current) < 0) continue;
      const message = `${item.name}: band "${bands[i]!.port}" (below ${formatAmount(bands[i]!.below, asset.symbol)}) must have a higher limit than band "${bands[i - 1]!.port}" (below ${formatAmount(bands[i - 1]!.below, asset.symbol)}). List bands from the smallest limit up.`;
      diagnostics.push(
        createDiagnostic('bands-unordered', message, {
          nodeId: item.node.id,
          field: `params.bands.${i}.below`,
        }),
      );
    }
  }
  return diagnostics;
}
