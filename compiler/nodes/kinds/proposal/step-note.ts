import type { StepNote } from '../../step-note.ts';

/** Whether someone among the proposers holds the power a proposal needs: "a proposer holds at least 25K UNI". */
export const proposalStepNote: StepNote = (step, context) => {
  if (step.threshold === undefined) return undefined;
  const needed = `${context.amount(step.threshold.needed)}${context.unit}`;
  if (context.language === 'ko')
    return step.threshold.met ? `${needed} 이상 보유한 제안자 있음` : `${needed}를 보유한 제안자 없음`;
  return step.threshold.met ? `a proposer holds at least ${needed}` : `no proposer holds ${needed}`;
};
