import i18next from 'i18next';
import { useModeStore } from '../../app/mode-store.ts';
import { useUiStore } from '../../app/ui-store.ts';
import { useDocumentStore } from '../../store/document-store.ts';
import { linkProblemText } from './link-problem-text.ts';
import { decodeShareLink, shareLinkPrefix } from './share-link-codec.ts';

/** Removes the fragment from the address bar without a navigation, so a reload does not open the link again. */
export function clearShareFragment(): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}

/**
 * Opens the document a share link carries in the page's URL fragment, read-only, and returns true. A page with no
 * share link returns false. A broken link (cut short, changed, too long, not a document) loads nothing: it says
 * what is wrong in a dialog and returns false, so the app opens on the user's own work as usual.
 */
export function openSharedLink(hash: string): boolean {
  if (!hash.startsWith(shareLinkPrefix)) return false;
  const decoded = decodeShareLink(hash);
  if (!decoded.ok) {
    clearShareFragment();
    useUiStore.getState().ask({
      title: i18next.t('review.linkErrorTitle'),
      body: i18next.t('review.linkErrorBody', {
        reason: linkProblemText(decoded, i18next.t, i18next.language === 'ko' ? 'ko' : 'en'),
      }),
      confirm: i18next.t('review.ok'),
      onConfirm: () => {},
    });
    return false;
  }
  useModeStore.setState({ readOnly: true, banner: decoded.document.name });
  useDocumentStore.getState().replace(decoded.document, { saved: true });
  return true;
}
