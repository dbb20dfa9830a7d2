import { useTranslation } from 'react-i18next';
import { diagnosticText } from '../../../compiler/index.ts';
import { useOverlayStore } from '../../canvas/overlay-store.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { useFocusNodes } from './use-focus-nodes.ts';
import type { ReviewData } from './use-review-data.ts';

/** The overlay layer of the nodes a hovered sentence is about; set after the diff's layer, so it wins. */
export const hoverLayer = 'review-hover';

function highlight(nodeIds: readonly string[] | undefined): void {
  useOverlayStore
    .getState()
    .setLayer(
      hoverLayer,
      nodeIds
        ? { nodes: Object.fromEntries(nodeIds.map((id) => [id, { tone: 'hover' as const }])) }
        : undefined,
    );
}

/**
 * The rules in plain words, one paragraph per path a proposal can take, read as prose. Pointing at a sentence
 * highlights its nodes on the canvas and clicking it selects them; for the keyboard, each paragraph ends with one
 * button that shows all of its nodes.
 */
export function SummarySection(props: { data: ReviewData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const focusNodes = useFocusNodes();
  const { summary } = props.data;
  return (
    <section className="review-section review-summary" aria-labelledby="review-summary-title">
      <h3 id="review-summary-title">{t('review.summary')}</h3>
      {summary.ok ? (
        summary.paragraphs.map((paragraph) => {
          const nodes = [...new Set(paragraph.sentences.flatMap((sentence) => sentence.nodes))];
          return (
            <p key={paragraph.text} className="review-paragraph">
              {paragraph.sentences.map((sentence, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a list rebuilt whole, never reordered
                <span key={`${index}:${sentence.text}`}>
                  {index > 0 ? ' ' : null}
                  {/* biome-ignore lint/a11y/noStaticElementInteractions: the pointer's shortcut; the paragraph's button serves the keyboard */}
                  {/* biome-ignore lint/a11y/useKeyWithClickEvents: the paragraph's button serves the keyboard */}
                  <span
                    className="review-sentence"
                    title={t('review.sentenceHint')}
                    data-nodes={sentence.nodes.join(' ')}
                    onMouseEnter={() => highlight(sentence.nodes)}
                    onMouseLeave={() => highlight(undefined)}
                    onClick={() => focusNodes(sentence.nodes)}
                  >
                    {sentence.text}
                  </span>
                </span>
              ))}{' '}
              <button
                type="button"
                className="review-show"
                onFocus={() => highlight(nodes)}
                onBlur={() => highlight(undefined)}
                onMouseEnter={() => highlight(nodes)}
                onMouseLeave={() => highlight(undefined)}
                onClick={() => focusNodes(nodes)}
              >
                {t('review.showOnCanvas')}
              </button>
            </p>
          );
        })
      ) : (
        <>
          <p className="review-muted">{t('review.summaryUnavailable')}</p>
          <ul className="review-list">
            {summary.diagnostics.map((diagnostic, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a list rebuilt whole, never reordered
              <li key={`${index}:${diagnostic.message}`}>{diagnosticText(diagnostic, language)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
