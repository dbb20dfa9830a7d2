import { heldFor, type StepNote } from '../../step-note.ts';

/** How long the timelock held the proposal: "waits 2 days". */
export const timelockStepNote: StepNote = (step, context) => {
  const wait = heldFor(step, context);
  return context.language === 'ko' ? `${wait} 대기` : `waits ${wait}`;
};
