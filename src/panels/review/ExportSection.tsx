import { useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store.ts';
import { documentFileName } from '../../documents/document-file.ts';
import { downloadText } from '../../documents/download-text.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { useDocumentStore } from '../../store/document-store.ts';
import { downloadUrl } from './download-url.ts';
import { exportCanvas } from './export-canvas.ts';
import { summaryMarkdown } from './summary-markdown.ts';
import type { ReviewData } from './use-review-data.ts';

/** The document's file name with another ending: `token-governor.png`. */
function fileNameWith(ending: string): string {
  return documentFileName(useDocumentStore.getState().document).replace(/\.charter\.json$/, ending);
}

/** Downloads: the canvas as PNG or SVG (edges included), and the summary as Markdown. */
export function ExportSection(props: { data: ReviewData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const reactFlow = useReactFlow();
  const toast = useUiStore((state) => state.toast);
  const image = async (format: 'png' | 'svg') => {
    const nodes = reactFlow.getNodes();
    if (nodes.length === 0) return toast('error', t('review.exportEmpty'));
    try {
      downloadUrl(fileNameWith(`.${format}`), await exportCanvas(format, nodes));
    } catch (error) {
      toast('error', t('review.exportFailed', { reason: (error as Error).message ?? String(error) }));
    }
  };
  const markdown = () => {
    const { name, description } = useDocumentStore.getState().document;
    const text = summaryMarkdown({
      name,
      description: description ?? '',
      hash: props.data.hash,
      summary: props.data.summary,
      warnings: props.data.warnings,
      language,
      words: {
        hash: t('review.markdown.hash'),
        noHash: t('review.markdown.noHash'),
        summary: t('review.markdown.summary'),
        warnings: t('review.markdown.warnings'),
        noWarnings: t('review.markdown.noWarnings'),
        problems: t('review.markdown.problems'),
      },
    });
    downloadText(fileNameWith('.md'), text, 'text/markdown');
  };
  return (
    <section className="review-section" aria-labelledby="review-export-title">
      <h3 id="review-export-title">{t('review.export')}</h3>
      <div className="review-row">
        <button type="button" onClick={() => void image('png')}>
          {t('review.exportPng')}
        </button>
        <button type="button" onClick={() => void image('svg')}>
          {t('review.exportSvg')}
        </button>
        <button type="button" onClick={markdown}>
          {t('review.exportMarkdown')}
        </button>
      </div>
    </section>
  );
}
