import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import { isObject } from '../../document/is-object.ts';
import { nodeLabel } from '../../format/node-label.ts';
import { parseDecimal } from '../../units/decimal.ts';
import type { LintRule } from '../lint-rule.ts';

/** Warns about a decision whose quorum is 0 (as a percentage or an amount). */
export const quorumZero: LintRule = (view) =>
  view.document.nodes.flatMap((node) => {
    const quorum = (node.params as Record<string, unknown>).quorum;
    if (!isObject(quorum)) return [];
    const value =
      typeof quorum.percent === 'string'
        ? quorum.percent
        : typeof quorum.absolute === 'string'
          ? quorum.absolute
          : undefined;
    if (value === undefined || parseDecimal(value)?.digits !== 0n) return [];
    const message = `${nodeLabel(node)}: the quorum is 0, so a single vote For could pass a proposal while everyone else is away. Set a quorum.`;
    return [createDiagnostic('quorum-zero', message, { nodeId: node.id, field: 'params.quorum' })];
  });
