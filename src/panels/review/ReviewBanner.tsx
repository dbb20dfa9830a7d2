import { useTranslation } from 'react-i18next';
import { useModeStore } from '../../app/mode-store.ts';
import { useUiStore } from '../../app/ui-store.ts';
import { readAutosave } from '../../documents/autosave.ts';
import { useDocumentStore } from '../../store/document-store.ts';
import { clearShareFragment } from './open-shared-link.ts';
import './review.css';

/** Leaves read-only review, keeping the shared document as the user's work (the autosave then writes it). */
function editCopy(): void {
  clearShareFragment();
  useModeStore.setState({ readOnly: false, banner: undefined });
  const store = useDocumentStore.getState();
  store.replace(structuredClone(store.document), { saved: false });
}

/** The banner over a read-only review: that this is a shared copy, and the way to edit one. */
export function ReviewBanner() {
  const { t } = useTranslation();
  const name = useModeStore((state) => state.banner) ?? '';
  const openCopy = async () => {
    const previous = await readAutosave();
    const shared = JSON.stringify(useDocumentStore.getState().document);
    if (!previous || previous.document.nodes.length === 0 || JSON.stringify(previous.document) === shared) {
      editCopy();
      return;
    }
    useUiStore.getState().ask({
      title: t('review.replaceTitle'),
      body: t('review.replaceBody', { name: previous.document.name }),
      confirm: t('review.replaceConfirm'),
      onConfirm: editCopy,
    });
  };
  return (
    <div className="review-banner" role="note" aria-label={t('review.bannerTitle')}>
      <strong className="review-banner-title">{t('review.bannerTitle')}</strong>
      <span className="review-banner-body">{t('review.bannerBody', { name })}</span>
      <button type="button" className="primary" onClick={() => void openCopy()}>
        {t('review.openCopy')}
      </button>
    </div>
  );
}
