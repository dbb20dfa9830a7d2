import { heldFor, type StepNote } from '../../step-note.ts';

/** Whether enough objections arrived in the window: "passed: objections 1.2M of 5M UNI in 3 days". */
export const optimisticStepNote: StepNote = (step, context) => {
  if (step.threshold === undefined) return undefined;
  const counted = context.amount(step.threshold.counted);
  const needed = `${context.amount(step.threshold.needed)}${context.unit}`;
  const window = heldFor(step, context);
  if (context.language === 'ko')
    return step.threshold.met
      ? `이의로 막힘: ${needed} 중 ${counted}`
      : `통과: ${window} 동안 이의 ${needed} 중 ${counted}`;
  return step.threshold.met
    ? `blocked: objections ${counted} of ${needed}`
    : `passed: objections ${counted} of ${needed} in ${window}`;
};
