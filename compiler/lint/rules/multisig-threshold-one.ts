import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import { nodeLabel } from '../../format/node-label.ts';
import type { MultisigParams, SignersParams } from '../../generated/charter-document.ts';
import type { LintRule } from '../lint-rule.ts';

/** Warns about a multisig that one signer can pass alone, when it has more than one signer. */
export const multisigThresholdOne: LintRule = (view) =>
  view.document.nodes.flatMap((node) => {
    if (node.kind !== 'multisig' || (node.params as MultisigParams).threshold !== 1) return [];
    const source = view.feeder(node.id, 'voters');
    const signers =
      source && view.node(source).kind === 'signers'
        ? (view.node(source).params as SignersParams).signers.length
        : undefined;
    const who = signers === undefined ? 'any one signer' : `any one of the ${signers} signers`;
    const message = `${nodeLabel(node)}: ${who} can approve alone, so one lost or stolen key decides. Require at least 2 approvals.`;
    return [
      createDiagnostic('multisig-threshold-one', message, { nodeId: node.id, field: 'params.threshold' }),
    ];
  });
