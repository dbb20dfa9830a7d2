import type { TargetName } from '../nodes/target-name.ts';
import { jsonValue } from './json-value.ts';
import type { TargetUnit } from './target-units.ts';

/**
 * One deployable unit as its target lists it: the nodes it names (`names`: its decision, its Execute, ...), its stage,
 * whether that stage is current, every node it enforces, and its parameters as JSON (bigints as decimal text).
 */
export function unitEntry<T extends TargetName>(
  unit: TargetUnit<T>,
  names: Record<string, string | number | readonly string[] | null>,
  parameters: object,
): Record<string, unknown> {
  return Object.assign(
    { ...names, stage: unit.stage, current: unit.current, nodes: unit.nodes },
    jsonValue(parameters),
  );
}
