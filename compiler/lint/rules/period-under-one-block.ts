import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import { say } from '../../diagnostics/say.ts';
import { formatDuration } from '../../format/format-duration.ts';
import { nodeLabelWords } from '../../format/node-label-words.ts';
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
    const duration = (seconds: number) => ({
      en: formatDuration(seconds),
      ko: formatDuration(seconds, 'ko'),
    });
    const block = Number.isInteger(blockTime)
      ? duration(blockTime)
      : { en: `${blockTime} seconds`, ko: `${blockTime}초` };
    const message = say(
      blocks === 0 ? 'lint.period-under-one-block.none' : 'lint.period-under-one-block.one',
      {
        node: nodeLabelWords(node),
        period: duration(period),
        block,
        least: duration(Math.ceil(blockTime)),
      },
    );
    return [
      createDiagnostic('period-under-one-block', message, { nodeId: node.id, field: 'params.votingPeriod' }),
    ];
  });
};
