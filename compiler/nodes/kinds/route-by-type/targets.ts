import { routing } from '../../declare/routing.ts';
import type { TargetDeclarations } from '../../target-support.ts';

/**
 * A route by type is enforced by which unit holds power: each type's path gets its own unit, and only that unit is
 * given the power to act for proposals of that type.
 */
export const routeByTypeTargets: TargetDeclarations<'route-by-type'> = {
  openzeppelin: routing,
  aragon: routing,
  safe: routing,
  snapshot: routing,
  gardens: routing,
};
