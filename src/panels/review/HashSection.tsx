import { useTranslation } from 'react-i18next';
import { diagnosticText } from '../../../compiler/index.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { copyText } from './copy-text.ts';
import { useFocusNodes } from './use-focus-nodes.ts';
import type { ReviewData } from './use-review-data.ts';

/** The config hash a community compares with what is deployed, with a copy button; then the warnings. */
export function HashSection(props: { data: ReviewData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const focusNodes = useFocusNodes();
  const { hash, warnings } = props.data;
  return (
    <>
      <section className="review-section" aria-labelledby="review-hash-title">
        <h3 id="review-hash-title">{t('review.hash')}</h3>
        {hash ? (
          <div className="review-row">
            <code className="review-hash">{hash}</code>
            <button
              type="button"
              onClick={() => void copyText(hash, t('review.copied'), t('review.copyFailed'))}
            >
              {t('review.copy')}
            </button>
          </div>
        ) : (
          <p className="review-muted">{t('review.hashUnavailable')}</p>
        )}
      </section>
      <section className="review-section" aria-labelledby="review-warnings-title">
        <h3 id="review-warnings-title">{t('review.warnings')}</h3>
        {warnings.length === 0 ? (
          <p className="review-muted">{t('review.noWarnings')}</p>
        ) : (
          <ul className="review-list review-warnings">
            {warnings.map((warning, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a list rebuilt whole, never reordered
              <li key={`${index}:${warning.code}:${warning.nodeId ?? ''}`}>
                {warning.nodeId ? (
                  <button type="button" className="review-link" onClick={() => focusNodes([warning.nodeId!])}>
                    {diagnosticText(warning, language)}
                  </button>
                ) : (
                  diagnosticText(warning, language)
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
