import type { MajorityVoteParams } from '../../../generated/charter-document.ts';
import type { Localized } from '../../node-kind.ts';

/** One setting of a majority vote beyond a plain share of total supply and For against Against. */
export interface ShapedQuorumFeature {
  /** Dotted path of the setting: `params.quorumMinimum`. */
  field: string;
  /** The setting in words, for "cannot run …": "a quorum of the delegated supply". */
  what: Localized;
}

/**
 * The settings of a majority vote that make its quorum a function (of the delegated supply, less excluded addresses,
 * clamped, rising with Against) or add an absolute For threshold or a For − Against margin, in the order of the
 * params. Empty for a vote that GovernorVotesQuorumFraction, TokenVoting or Snapshot's basic vote can count.
 */
export function shapedQuorumFeatures(p: MajorityVoteParams): ShapedQuorumFeature[] {
  const features: ShapedQuorumFeature[] = [];
  if (p.quorumOf === 'delegated')
    features.push({
      field: 'params.quorumOf',
      what: {
        en: 'a quorum that is a share of the delegated supply',
        ko: '위임된 공급량에 대한 비율인 정족수',
      },
    });
  if (p.quorumExcluded !== undefined && p.quorumExcluded.length > 0)
    features.push({
      field: 'params.quorumExcluded',
      what: { en: 'addresses left out of the quorum', ko: '정족수 기준에서 빼는 주소' },
    });
  if (p.quorumMinimum !== undefined)
    features.push({ field: 'params.quorumMinimum', what: { en: 'a minimum quorum', ko: '최소 정족수' } });
  if (p.quorumMaximum !== undefined)
    features.push({ field: 'params.quorumMaximum', what: { en: 'a maximum quorum', ko: '최대 정족수' } });
  if (p.quorumRise !== undefined)
    features.push({
      field: 'params.quorumRise',
      what: { en: 'a quorum that rises with Against', ko: '반대에 따라 오르는 정족수' },
    });
  if (p.forThreshold !== undefined)
    features.push({
      field: 'params.forThreshold',
      what: { en: 'an amount For must exceed', ko: '찬성이 넘어야 하는 양' },
    });
  if (p.forMargin !== undefined)
    features.push({
      field: 'params.forMargin',
      what: { en: 'a margin by which For must lead Against', ko: '찬성이 반대를 앞서야 하는 차이' },
    });
  return features;
}

/** The features joined for a sentence: "a minimum quorum, a maximum quorum and …". */
export function joinFeatures(features: readonly ShapedQuorumFeature[]): Localized {
  const join = (words: string[], and: string) =>
    words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')}${and}${words.at(-1)}`;
  return {
    en: join(
      features.map((feature) => feature.what.en),
      ' and ',
    ),
    ko: join(
      features.map((feature) => feature.what.ko),
      ', ',
    ),
  };
}
