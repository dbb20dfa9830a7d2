import type { Localized } from '../node-kind.ts';
import type { TargetRefusal } from '../target-support.ts';

/** A refusal, in English and Korean. */
export function refuse(reason: Localized, instead: Localized): TargetRefusal {
  return { refused: true, reason, instead };
}
