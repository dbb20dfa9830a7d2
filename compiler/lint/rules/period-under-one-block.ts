import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import { formatDuration } from '../../format/format-duration.ts';
import { nodeLabel } from '../../format/node-label.ts';
import type { LintRule } from '../lint-rule.ts';

/**
 * An error for a vote shorter than one block of the chain. A governor on a block-number clock counts the period in
 * whole blocks (round(seconds / block time): a 7-second vote on 12-second blocks becomes one block, 12 seconds, or
 * none at all), and on any clock no block may fall inside it, so nobody could vote; the simulator's timing and the
 * deployed contract's would disagree on every proposal.
 */
export const periodUnderOneBlock: LintRule = (view) => {
  const blockTime = view.document.chain.blockTime;
  return view.document.nodes.flatMap((node) => {
    const period = (node.params as Record<string, unknown>).votingPeriod;
    if (typeof period !== 'number' || !(period < blockTime)) return [];
    const blocks = Math.round(period / blockTime);
    // A block time need not be whole (2.5 s); the durations a vote takes are.
    const block = Number.isInteger(blockTime) ? formatDuration(blockTime) : `${blockTime} seconds`;
    const message = `${nodeLabel(node)}: voting lasts ${formatDuration(period)}, shorter than one block of this chain (${block}), so nobody may get a block to vote in, and a governor that counts in blocks would make it ${blocks === 0 ? 'no block at all' : 'one whole block'}. Make it at least ${formatDuration(Math.ceil(blockTime))}; most DAOs vote for 3 to 7 days.`;
    return [
      createDiagnostic('period-under-one-block', message, { nodeId: node.id, field: 'params.votingPeriod' }),
    ];
  });
};
