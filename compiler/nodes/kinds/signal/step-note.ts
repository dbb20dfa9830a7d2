import type { StepNote } from '../../step-note.ts';

/** When the decision was recorded as a signal, from when the proposal was made: "signalled after 7 days". */
export const signalStepNote: StepNote = (step, context) => {
  const after = context.duration(step.at);
  return context.language === 'ko' ? `${after} 후 신호로 기록` : `signalled after ${after}`;
};
