import type { TFunction } from 'i18next';
import { type DecodeShareLinkReturnType, maxShareLinkLength } from './share-link-codec.ts';

/** A refused share link's reason, in the interface language. */
export function linkProblemText(
  refused: Extract<DecodeShareLinkReturnType, { ok: false }>,
  t: TFunction,
): string {
  return t(`review.linkErrors.${refused.problem}`, {
    max: maxShareLinkLength.toLocaleString('en-US'),
    detail: refused.detail ?? '',
  });
}
