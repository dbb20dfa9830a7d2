import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import { say } from '../../diagnostics/say.ts';
import { formatDuration } from '../../format/format-duration.ts';
import { nodeLabelWords } from '../../format/node-label-words.ts';
import type { LintRule } from '../lint-rule.ts';

const day = 86_400;

/** Warns about a vote open for less than a day. */
export const shortVotingPeriod: LintRule = (view) =>
  view.document.nodes.flatMap((node) => {
    const period = (node.params as Record<string, unknown>).votingPeriod;
    if (typeof period !== 'number' || period >= day) return [];
    const message = say('lint.short-voting-period', {
      node: nodeLabelWords(node),
      period: { en: formatDuration(period), ko: formatDuration(period, 'ko') },
    });
    return [
      createDiagnostic('short-voting-period', message, { nodeId: node.id, field: 'params.votingPeriod' }),
    ];
  });
