import type { ConfigRoute } from '../generated/charter-config.ts';
import { getNodeKind } from '../nodes/catalogue.ts';

/**
 * The stage in which a route's proposals reach `node`: the exit of the route's stage step from which `node` can be
 * reached, following the steps' exits. Undefined when the route has no stage step before the node (any stage
 * reaches it, or none does).
 */
export function stageReaching(route: ConfigRoute, node: string): string | undefined {
  const steps = new Map(route.steps.map((step) => [step.node, step]));
  const reaches = (from: string): boolean => {
    const seen = new Set<string>();
    const queue = [from];
    while (queue.length > 0) {
      const current = queue.shift()!;
      if (current === node) return true;
      if (seen.has(current)) continue;
      seen.add(current);
      for (const targets of Object.values(steps.get(current)?.exits ?? {})) queue.push(...targets);
    }
    return false;
  };
  for (const step of route.steps) {
    if (!getNodeKind(step.kind)?.lower?.stages) continue; // not a router by stage
    for (const [stage, targets] of Object.entries(step.exits))
      if (targets.some((target) => reaches(target))) return stage;
  }
  return undefined;
}
