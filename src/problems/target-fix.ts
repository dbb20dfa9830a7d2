import { type CharterDocument, compile } from '../../compiler/index.ts';
import { bypassNode } from './bypass-node.ts';

/**
 * The fix a target's refusal of a node offers, when removing that step (keeping the path) is what makes the target
 * run it: the Safe's refusal of a timelock says "remove this Timelock", and this button does it. The fixed document is
 * compiled to check the refusal goes; otherwise there is no fix.
 */
export function targetFix(
  document: CharterDocument,
  target: string,
  nodeId: string,
): ((document: CharterDocument) => CharterDocument) | undefined {
  const fixed = bypassNode(document, nodeId);
  if (fixed === document) return undefined;
  const result = compile(fixed);
  if (!result.ok) return undefined;
  const still = result.config.targets[target]?.problems.some((problem) => problem.nodeId === nodeId);
  return still ? undefined : (doc) => bypassNode(doc, nodeId);
}
