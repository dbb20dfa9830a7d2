import type { TFunction } from 'i18next';
import type { Coalition, Language, RouteCapture } from '../../../compiler/index.ts';

/** One sentence of the capture analysis, and the path it is about. */
export interface CaptureSentence {
  proposalType: string;
  /** The decisions and the outcome of the path, by label: "Token vote → Execute". */
  path: string;
  text: string;
}

/** Labels of nodes and electorates, for sentences that name them. */
export interface CaptureLabels {
  node(id: string): string;
  electorate(id: string): string;
}

function share(coalition: Coalition, language: Language): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(
    coalition.share,
  );
}

/**
 * The capture analysis in words, one sentence per path and electorate: how few of the largest holders can pass a
 * proposal of that type alone when no one else votes, and how many even when every other holder votes against,
 * or that no group can. "The 3 largest holders of GOV holders (41% of supply) can pass a treasury-transfer alone."
 * When a route has more ways through than the analysis walks, a last sentence names the router where it stopped.
 */
export function captureSentences(
  capture: readonly RouteCapture[],
  labels: CaptureLabels,
  t: TFunction,
  language: Language,
): CaptureSentence[] {
  const sentences: CaptureSentence[] = [];
  for (const route of capture) {
    for (const path of route.paths) {
      const through = [...path.decisions, path.end].map(labels.node).join(' → ');
      const base = { proposalType: route.proposalType, path: through };
      if (path.needs.length === 0) {
        sentences.push({ ...base, text: t('preview.capture.none', { type: route.proposalType }) });
        continue;
      }
      for (const need of path.needs) {
        const electorate = need.electorate === null ? '' : labels.electorate(need.electorate);
        const words = { type: route.proposalType, electorate };
        const unopposed =
          need.unopposed === null
            ? t('preview.capture.unopposedNever', words)
            : need.unopposed.holders === 0
              ? t('preview.capture.unopposedNobody', words)
              : t('preview.capture.unopposed', {
                  ...words,
                  count: need.unopposed.holders,
                  share: share(need.unopposed, language),
                });
        const opposed =
          need.opposed === null
            ? t('preview.capture.opposedNever', words)
            : t('preview.capture.opposed', {
                ...words,
                count: need.opposed.holders,
                share: share(need.opposed, language),
              });
        sentences.push({ ...base, text: `${unopposed} ${opposed}` });
      }
    }
    // A route with more ways through than the analysis walks says so, naming the router it stopped at.
    if (route.leftOut) {
      const router = labels.node(route.leftOut.node);
      sentences.push({
        proposalType: route.proposalType,
        path: router,
        text: t('preview.capture.leftOut', {
          type: route.proposalType,
          walked: route.leftOut.walked,
          router,
        }),
      });
    }
  }
  return sentences;
}
