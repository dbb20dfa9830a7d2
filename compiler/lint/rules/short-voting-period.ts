import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import { formatDuration } from '../../format/format-duration.ts';
import { nodeLabel } from '../../format/node-label.ts';
import type { LintRule } from '../lint-rule.ts';

const day = 86_400;

/** Warns about a vote open for less than a day. */
export const shortVotingPeriod: LintRule = (view) =>
  view.document.nodes.flatMap((node) => {
    const period = (node.params as Record<string, unknown>).votingPeriod;
    if (typeof period !== 'number' || period >= day) return [];
    const message = `${nodeLabel(node)}: voting lasts only ${formatDuration(period)}, so people who are away for a day, or in another time zone, could miss it. Most DAOs vote for 3 to 7 days.`;
    return [
      createDiagnostic('short-voting-period', message, { nodeId: node.id, field: 'params.votingPeriod' }),
    ];
  });
