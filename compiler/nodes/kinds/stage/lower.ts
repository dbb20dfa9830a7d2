import type { StageParams } from '../../../generated/charter-document.ts';
import type { LowerBehaviour } from '../../lower.ts';

/** The stages node declares the DAO's stages of decentralization, each with its criteria to move on. */
export const stageLower: LowerBehaviour<StageParams> = {
  stages: (p) =>
    p.stages.map((stage) => ({
      id: stage.id,
      name: stage.name,
      criteria: stage.criteria.map((criterion) => ({
        metric: criterion.metric,
        threshold: criterion.threshold ?? null,
        text: criterion.text,
      })),
    })),
};
