import { routing } from '../../declare/routing.ts';
import type { TargetDeclarations } from '../../target-support.ts';

/**
 * A stage router is enforced by which unit holds power: every stage's units are deployed (a DAO deploys the next
 * stage's contracts before it moves on), each tagged with its stage, and moving to a stage is handing power to its
 * units.
 */
export const stageTargets: TargetDeclarations<'stage'> = {
  openzeppelin: routing,
  aragon: routing,
  safe: routing,
  snapshot: routing,
  gardens: routing,
};
