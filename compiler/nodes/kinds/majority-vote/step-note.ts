import { quorumNote, type StepNote, voteSplit } from '../../step-note.ts';

/** The vote's split of the votes cast and its quorum: "For 61% · Against 26% · Abstain 14% · quorum met (…)". */
export const majorityVoteStepNote: StepNote = (step, context) => {
  const split = voteSplit(step, context);
  if (split === undefined) return undefined;
  const quorum = quorumNote(step, context);
  return quorum === undefined ? split : `${split} · ${quorum}`;
};
