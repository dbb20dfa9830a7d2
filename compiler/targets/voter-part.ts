import type { CharterNode } from '../generated/charter-document.ts';
import { bindNode } from '../nodes/bind-node.ts';
import type { TargetName } from '../nodes/target-name.ts';
import { isRefusal, type TargetPart } from '../nodes/target-support.ts';

/**
 * What `target` makes of the electorate feeding a decision's voters, read from the electorate's kind (never by its
 * name), or undefined when there is none or the target refuses it.
 */
export function voterPart<T extends TargetName>(
  voters: CharterNode | null,
  target: T,
): TargetPart<T> | undefined {
  if (!voters) return undefined;
  const answer = bindNode(voters).target(target, { exits: [], feeds: ['voters'], anchor: false });
  return isRefusal(answer) ? undefined : answer;
}
