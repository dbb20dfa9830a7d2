import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { say } from '../../diagnostics/say.ts';
import { formatPercent } from '../../format/format-percent.ts';
import type { Localized } from '../../nodes/node-kind.ts';
import { percentToFraction } from '../../units/percent-to-fraction.ts';
import { percentToParts } from '../../units/percent-to-parts.ts';
import { formatMillionths } from './format-millionths.ts';
import { ratioBase } from './ratio-base.ts';

/** Where a ratio comes from, for the message when Aragon cannot hold it. */
export interface AragonRatioContext {
  /** How messages name the node: its label, or its kind and id, in both languages. */
  name: Localized;
  nodeId: string;
  /** Dotted path of the percentage in the node: `params.supportThreshold`. */
  field: string;
  /** The setting in words: "the support threshold". */
  what: Localized;
}

/**
 * A percentage as decimal text in Aragon's parts of 10^6, only when exact: "33.3333" is 333333, "4.5" is 45000.
 * "33.33333" would be 333333.3 millionths, which a uint32 ratio cannot hold, so it comes back as a
 * `target-out-of-range` diagnostic naming the two nearest percentages Aragon can hold, instead of being rounded.
 *
 * Source: aragon/osx-commons, contracts/src/utils/math/Ratio.sol (`RATIO_BASE = 10 ** 6`).
 */
export function aragonRatio(
  percent: string,
  context: AragonRatioContext,
): { parts: number } | { diagnostic: Diagnostic } {
  const parts = percentToParts(percent, ratioBase);
  if (parts !== undefined) return { parts: Number(parts) };
  const { numerator, denominator } = percentToFraction(percent);
  const exact = formatMillionths(numerator * ratioBase, denominator);
  const below = (numerator * ratioBase) / denominator;
  const message = say('aragon.ratio-millionths', {
    node: context.name,
    what: context.what,
    percent: formatPercent(percent),
    exact,
    below: formatMillionths(below, 10_000n),
    above: formatMillionths(below + 1n, 10_000n),
  });
  return {
    diagnostic: createDiagnostic('target-out-of-range', message, {
      nodeId: context.nodeId,
      field: context.field,
    }),
  };
}
