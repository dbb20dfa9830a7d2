import type { StepNote } from '../../step-note.ts';

/** "rejected". */
export const rejectStepNote: StepNote = (_step, context) =>
  context.language === 'ko' ? '거부됨' : 'rejected';
