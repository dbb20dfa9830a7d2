import { heldFor, type StepNote } from '../../step-note.ts';

/** Whether the second body blocked it in its window: "vetoed: 3 of 2 vetoes needed", "not vetoed (…) in 3 days". */
export const vetoStepNote: StepNote = (step, context) => {
  if (step.threshold === undefined) return undefined;
  const { counted, needed, met } = step.threshold;
  const window = heldFor(step, context);
  if (context.language === 'ko')
    return met
      ? `거부권 행사됨: 필요한 ${needed}표 중 ${counted}표`
      : `${window} 동안 거부권 없음 (필요 ${needed}표 중 ${counted}표)`;
  return met
    ? `vetoed: ${counted} of ${needed} vetoes needed`
    : `not vetoed (${counted} of ${needed} needed) in ${window}`;
};
