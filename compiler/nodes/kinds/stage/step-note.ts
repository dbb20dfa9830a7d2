import type { StepNote } from '../../step-note.ts';

/** The stage the DAO is in, which chose the branch: "stage: Training wheels"; or that no branch is for it. */
export const stageStepNote: StepNote = (step, context) => {
  if (step.branch === null)
    return context.language === 'ko' ? '이 단계로 가는 갈래 없음' : 'no branch for this stage';
  const name = context.stageName(step.branch);
  return context.language === 'ko' ? `단계: ${name}` : `stage: ${name}`;
};
