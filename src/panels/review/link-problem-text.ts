import type { TFunction } from 'i18next';
import { diagnosticText, type Language } from '../../../compiler/index.ts';
import { type DecodeShareLinkReturnType, maxShareLinkLength } from './share-link-codec.ts';

/** A refused share link's reason, in the interface language. */
export function linkProblemText(
  refused: Extract<DecodeShareLinkReturnType, { ok: false }>,
  t: TFunction,
  language: Language,
): string {
  return t(`review.linkErrors.${refused.problem}`, {
    max: maxShareLinkLength.toLocaleString('en-US'),
    detail: refused.detail ? diagnosticText(refused.detail, language) : '',
  });
}
