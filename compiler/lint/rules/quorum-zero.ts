import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import { say } from '../../diagnostics/say.ts';
import { isObject } from '../../document/is-object.ts';
import { nodeLabelWords } from '../../format/node-label-words.ts';
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
    // A floor under the quorum or an amount For must exceed (Aave's yesThreshold) does the quorum's work.
    const positive = (key: string) => {
      const amount = (node.params as Record<string, unknown>)[key];
      return typeof amount === 'string' && (parseDecimal(amount)?.digits ?? 0n) !== 0n;
    };
    if (positive('quorumMinimum') || positive('forThreshold')) return [];
    const message = say('lint.quorum-zero', { node: nodeLabelWords(node) });
    return [createDiagnostic('quorum-zero', message, { nodeId: node.id, field: 'params.quorum' })];
  });
