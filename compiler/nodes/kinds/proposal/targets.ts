import type { TargetDeclarations } from '../../target-support.ts';

/** A proposal is where every target's unit starts: who may propose, and with how much voting power. */
export const proposalTargets: TargetDeclarations<'proposal'> = {
  openzeppelin: (node) => ({ part: 'proposal-threshold', node }),
  aragon: (node) => ({ part: 'proposal', node }),
  safe: () => ({ part: 'proposal' }),
  snapshot: (node) => ({ part: 'proposal', node }),
  gardens: () => ({ part: 'proposal' }),
};
