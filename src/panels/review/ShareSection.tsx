import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentStore } from '../../store/document-store.ts';
import { copyText } from './copy-text.ts';
import { encodeShareLink, maxShareLinkLength } from './share-link-codec.ts';

/** The address of this page with the document in its fragment. */
function shareUrl(fragment: string): string {
  return `${location.origin}${location.pathname}${fragment}`;
}

/**
 * "Copy share link": the whole document in the link's fragment, copied to the clipboard and shown for copying by
 * hand. A document too large for a link says so and points to exporting a file.
 */
export function ShareSection() {
  const { t } = useTranslation();
  const [shown, setShown] = useState<{ url: string } | { tooLong: number } | undefined>();
  const share = () => {
    const encoded = encodeShareLink(useDocumentStore.getState().document);
    if (!encoded.ok) {
      setShown({ tooLong: encoded.length });
      return;
    }
    const url = shareUrl(encoded.fragment);
    setShown({ url });
    void copyText(url, t('review.linkCopied'), t('review.copyFailed'));
  };
  return (
    <section className="review-section" aria-labelledby="review-share-title">
      <h3 id="review-share-title">{t('review.share')}</h3>
      <p className="review-muted">{t('review.shareHint')}</p>
      <button type="button" className="primary" onClick={share}>
        {t('review.copyLink')}
      </button>
      {shown && 'url' in shown ? (
        <div className="review-link-box">
          <textarea
            className="review-share-link"
            aria-label={t('review.shareLinkLabel')}
            readOnly
            rows={3}
            value={shown.url}
            onFocus={(event) => event.currentTarget.select()}
          />
          <span className="review-muted">
            {t('review.linkLength', { length: shown.url.length.toLocaleString() })}
          </span>
        </div>
      ) : null}
      {shown && 'tooLong' in shown ? (
        <p className="review-error" role="alert">
          {t('review.linkTooLong', {
            length: shown.tooLong.toLocaleString(),
            max: maxShareLinkLength.toLocaleString(),
          })}
        </p>
      ) : null}
    </section>
  );
}
