import { type CharterDocument, compile } from '../../compiler/index.ts';

/**
 * Whether `after` leaves every target that could run `before` able to run it: a fix must not trade a warning for a
 * refusal (a timelock inserted before an Execute by a Safe, which a Safe cannot hold, would).
 */
export function keepsTargets(before: CharterDocument, after: CharterDocument): boolean {
  const was = compile(before);
  const now = compile(after);
  if (!was.ok) return true;
  if (!now.ok) return false;
  return Object.entries(was.config.targets).every(
    ([name, target]) => target.verdict !== 'supported' || now.config.targets[name]?.verdict === 'supported',
  );
}
