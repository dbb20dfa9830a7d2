import { powerOf } from '../../compile/electorate-at.ts';
import { mayHoldAmounts, tokenAmounts } from '../../compile/token-amounts.ts';
import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { say } from '../../diagnostics/say.ts';
import { significantDecimals } from '../../units/decimal.ts';
import type { GraphIndex } from './graph-index.ts';
import { indexGraph } from './index-graph.ts';

/**
 * Reports token amounts with more decimal places than they are counted in (an asset's, or the voting power's of the
 * electorate connected; none when no electorate is): they cannot be converted to base units exactly. The amounts and
 * decimals are the ones compiling converts, so whatever passes here compiles.
 */
export function checkPrecision(index: GraphIndex): Diagnostic[] {
  const graph = indexGraph(index);
  const diagnostics: Diagnostic[] = [];
  for (const item of index.nodes) {
    if (!item.bound) continue;
    const schema = item.bound.definition.params;
    if (!mayHoldAmounts(schema)) continue;
    const power = powerOf(graph, item.node.id);
    const amounts = tokenAmounts(item.node.params, schema, power?.decimals ?? 0);
    for (const { field, value, decimals, symbol } of amounts) {
      if (significantDecimals(value) <= decimals) continue;
      const places = {
        en: decimals === 0 ? 'no decimals' : `only ${decimals} decimal place${decimals === 1 ? '' : 's'}`,
        ko: decimals === 0 ? '소수 없음' : `소수 ${decimals}자리까지`,
      };
      const unit = symbol ?? power?.unit;
      const message = unit
        ? say('graph.too-precise', { node: item.words, value, unit, places })
        : say('graph.voting-power-decimals', { node: item.words, value });
      diagnostics.push(createDiagnostic('too-precise', message, { nodeId: item.node.id, field }));
    }
  }
  return diagnostics;
}
