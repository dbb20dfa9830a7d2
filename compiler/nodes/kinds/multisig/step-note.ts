import type { StepNote } from '../../step-note.ts';

/** The signers' approvals against the threshold: "2 of 3 approvals needed". */
export const multisigStepNote: StepNote = (step, context) => {
  if (step.threshold === undefined) return undefined;
  const { counted, needed } = step.threshold;
  return context.language === 'ko'
    ? `필요한 승인 ${needed}개 중 ${counted}개`
    : `${counted} of ${needed} approvals needed`;
};
