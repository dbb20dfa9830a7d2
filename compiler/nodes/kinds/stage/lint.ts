import { createDiagnostic } from '../../../diagnostics/create-diagnostic.ts';
import { say } from '../../../diagnostics/say.ts';
import type { StageParams } from '../../../generated/charter-document.ts';
import type { LintHook } from '../../lint.ts';

/**
 * Warns about progressive decentralization that cannot progress: a single stage, or a stage before the last with no
 * criteria saying when the DAO moves on.
 */
export const stageLint: LintHook<StageParams> = ({ stages }, { nodeId, name }) => {
  if (stages.length === 1) {
    const message = say('lint.stage-no-later-stage', { node: name, stage: stages[0]!.name });
    return [createDiagnostic('stage-no-later-stage', message, { nodeId, field: 'params.stages' })];
  }
  return stages.slice(0, -1).flatMap((stage, index) => {
    if (stage.criteria.length > 0) return [];
    const message = say('lint.stage-no-criteria', {
      node: name,
      stage: stage.name,
      next: stages[index + 1]!.name,
    });
    return [
      createDiagnostic('stage-no-criteria', message, { nodeId, field: `params.stages.${index}.criteria` }),
    ];
  });
};
