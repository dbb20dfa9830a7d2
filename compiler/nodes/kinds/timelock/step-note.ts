import { heldFor, type StepNote } from '../../step-note.ts';

/**
 * How long the timelock held the proposal: "waits 2 days"; and, when its extra cancellers' power ends and the scenario
 * dates the proposal, whether they could still cancel: "cancellers' power had ended", "cancellers could cancel for the
 * first 1 day", "cancellers could cancel throughout".
 */
export const timelockStepNote: StepNote = (step, context) => {
  const wait = heldFor(step, context);
  const ko = context.language === 'ko';
  const held = ko ? `${wait} 대기` : `waits ${wait}`;
  const ends = step.cancelUntil;
  if (ends === undefined) return held;
  const power =
    ends <= step.at
      ? ko
        ? '취소권 만료됨'
        : "cancellers' power had ended"
      : ends < step.until
        ? ko
          ? `처음 ${context.duration(ends - step.at)} 동안만 취소 가능`
          : `cancellers could cancel for the first ${context.duration(ends - step.at)}`
        : ko
          ? '대기 내내 취소 가능'
          : 'cancellers could cancel throughout';
  return `${held} · ${power}`;
};
