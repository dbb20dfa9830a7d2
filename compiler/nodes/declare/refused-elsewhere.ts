import type { KindName, Localized } from '../node-kind.ts';
import type { TargetDeclarations } from '../target-support.ts';
import { cannot } from './cannot.ts';

/**
 * A kind's declarations where every target it does not declare in `runs` refuses it the same way: "`target` cannot
 * run `what`", with the same advice `instead`. The targets are listed here one by one, not looped over, so adding a
 * target fails the type check here too and someone decides what it makes of these kinds.
 *
 * @example refusedElsewhere<'score'>(what, instead) // refused on every target
 */
export function refusedElsewhere<K extends KindName>(
  what: Localized,
  instead: Localized,
  runs: Partial<TargetDeclarations<K>> = {},
): TargetDeclarations<K> {
  return {
    openzeppelin: runs.openzeppelin ?? (() => cannot('openzeppelin', what, instead)),
    aragon: runs.aragon ?? (() => cannot('aragon', what, instead)),
    safe: runs.safe ?? (() => cannot('safe', what, instead)),
    snapshot: runs.snapshot ?? (() => cannot('snapshot', what, instead)),
    gardens: runs.gardens ?? (() => cannot('gardens', what, instead)),
  };
}
