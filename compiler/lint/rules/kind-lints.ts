import { electorateAt } from '../../compile/electorate-at.ts';
import { nodeLabelWords } from '../../format/node-label-words.ts';
import type { LintRule } from '../lint-rule.ts';

/** What each kind lints of its own (a veto with no window, a one-key multisig, stages with no criteria, capture). */
export const kindLints: LintRule = (view) => {
  return view.document.nodes.flatMap((node) => {
    const at = electorateAt(view, node.id, 'voters');
    return view.bound(node.id).lint({
      nodeId: node.id,
      name: nodeLabelWords(node),
      voters: at && { weighted: at.chain.length > 0, addresses: at.addresses, holders: at.holders },
    });
  });
};
