import type { GuidedAnswers, Where } from './guided-answers.ts';

/** Why a place cannot run the rules answered so far (an i18n key under `guided.why`), or undefined when it can. */
export type WhyNot =
  | 'onChain'
  | 'governorTokens'
  | 'moreForThanAgainst'
  | 'safeSigners'
  | 'aragonMembers'
  | 'snapshotTwoThirds';

/**
 * Whether `where` can run the rules these answers build, and if not, why: the same limits the targets report, said
 * before the graph is built so the guided start never builds rules its chosen target refuses.
 */
export function whyNotHere(answers: Omit<GuidedAnswers, 'where'>, where: Where): WhyNot | undefined {
  const { deciding, deciders, preset } = answers;
  const onChain = deciding === 'treasury' || deciding === 'settings';
  // A two-thirds rule only matters for a vote; a budget split and a multisig have none.
  const votes = deciding !== 'budget' && deciders !== 'signers';
  switch (where) {
    case 'governor':
      if (!onChain) return 'onChain';
      if (deciders !== 'token') return 'governorTokens';
      if (votes && preset === 'two-thirds') return 'moreForThanAgainst';
      return undefined;
    case 'aragon':
      if (!onChain) return 'onChain';
      if (deciders === 'members') return 'aragonMembers';
      return undefined;
    case 'safe':
      if (!onChain) return 'onChain';
      if (deciders !== 'signers') return 'safeSigners';
      return undefined;
    case 'snapshot':
      // On Snapshot signers vote too, so the preset applies to them.
      if (deciding !== 'budget' && preset === 'two-thirds') return 'snapshotTwoThirds';
      return undefined;
  }
}

/** Whether some place can run the rules these answers build: an answer that leaves none is not offered. */
export function runsSomewhere(answers: Omit<GuidedAnswers, 'where'>): boolean {
  return (['governor', 'aragon', 'safe', 'snapshot'] as const).some(
    (where) => whyNotHere(answers, where) === undefined,
  );
}
