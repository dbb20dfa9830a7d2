import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import { nodeLabel } from '../../format/node-label.ts';
import type { StageParams } from '../../generated/charter-document.ts';
import type { LintRule } from '../lint-rule.ts';

/**
 * Warns about progressive decentralization that cannot progress: a stage node with a single stage, or a stage
 * before the last with no criteria saying when the DAO moves on.
 */
export const stageCriteria: LintRule = (view) =>
  view.document.nodes.flatMap((node) => {
    if (node.kind !== 'stage') return [];
    const { stages } = node.params as StageParams;
    if (stages.length === 1) {
      const message = `${nodeLabel(node)}: there is only one stage, "${stages[0]!.name}", so there is no later stage to hand control to. Add the stage that comes next.`;
      return [createDiagnostic('stage-no-later-stage', message, { nodeId: node.id, field: 'params.stages' })];
    }
    return stages.slice(0, -1).flatMap((stage, index) => {
      if (stage.criteria.length > 0) return [];
      const message = `${nodeLabel(node)}: the stage "${stage.name}" has no criteria to move on, so nobody can tell when control passes to "${stages[index + 1]!.name}". Add criteria, such as a number of holders or an audit.`;
      return [
        createDiagnostic('stage-no-criteria', message, {
          nodeId: node.id,
          field: `params.stages.${index}.criteria`,
        }),
      ];
    });
  });
