import type { TargetName } from '../nodes/target-name.ts';
import type { TargetPart } from '../nodes/target-support.ts';
import type { TargetUnit } from './target-units.ts';

/** The nodes of a unit that became `part`, in the unit's order (paths first, then voters), with their parts. */
export function unitParts<T extends TargetName, P extends TargetPart<T>['part']>(
  unit: TargetUnit<T>,
  part: P,
): { id: string; part: Extract<TargetPart<T>, { part: P }> }[] {
  const found: { id: string; part: Extract<TargetPart<T>, { part: P }> }[] = [];
  for (const id of unit.nodes) {
    const candidate = unit.parts.get(id);
    if (candidate?.part === part) found.push({ id, part: candidate as Extract<TargetPart<T>, { part: P }> });
  }
  return found;
}
