import type { StepNote } from '../../step-note.ts';

/** When the proposal could execute, from when it was made: "executable after 9 days". */
export const executeStepNote: StepNote = (step, context) => {
  const after = context.duration(step.at);
  return context.language === 'ko' ? `${after} 후 실행 가능` : `executable after ${after}`;
};
