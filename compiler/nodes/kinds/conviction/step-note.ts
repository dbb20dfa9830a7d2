import { heldFor, type StepNote } from '../../step-note.ts';

/** Whether conviction reached the threshold, and after how long: "conviction passed after 12 days". */
export const convictionStepNote: StepNote = (step, context) => {
  if (step.threshold === undefined) return undefined;
  if (step.threshold.met) {
    const after = heldFor(step, context);
    return context.language === 'ko' ? `${after} 후 확신 투표 통과` : `conviction passed after ${after}`;
  }
  return context.language === 'ko'
    ? '확신이 끝내 기준에 닿지 못함'
    : 'conviction never reached the threshold';
};
