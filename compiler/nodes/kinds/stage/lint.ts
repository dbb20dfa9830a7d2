import { createDiagnostic } from '../../../diagnostics/create-diagnostic.ts';
import type { StageParams } from '../../../generated/charter-document.ts';
import type { LintHook } from '../../lint.ts';

/**
 * Warns about progressive decentralization that cannot progress: a single stage, or a stage before the last with no
 * criteria saying when the DAO moves on.
 */
export const stageLint: LintHook<StageParams> = ({ stages }, { nodeId, name }) => {
  if (stages.length === 1) {
    const message = `${name}: there is only one stage, "${stages[0]!.name}", so there is no later stage to hand control to. Add the stage that comes next.`;
    return [createDiagnostic('stage-no-later-stage', message, { nodeId, field: 'params.stages' })];
  }
  return stages.slice(0, -1).flatMap((stage, index) => {
    if (stage.criteria.length > 0) return [];
    const message = `${name}: the stage "${stage.name}" has no criteria to move on, so nobody can tell when control passes to "${stages[index + 1]!.name}". Add criteria, such as a number of holders or an audit.`;
    return [
      createDiagnostic('stage-no-criteria', message, { nodeId, field: `params.stages.${index}.criteria` }),
    ];
  });
};
