import { useTranslation } from 'react-i18next';
import { Dialog } from '../app/Dialog.tsx';
import { useUiStore } from '../app/ui-store.ts';
import { useDocumentStore } from '../store/document-store.ts';
import { useAutosaveStatus } from './autosave.ts';
import { useAutosaveWriter } from './autosave-writer.ts';
import { continueHere } from './continue-here.ts';
import { documentFileName, documentText } from './document-file.ts';
import { downloadText } from './download-text.ts';

/**
 * Tells a tab that another tab saves the work: when it opens beside one (offering to continue the saved work here,
 * or to fork this tab's document into a copy), and when another tab took over from it (offering to export what
 * this tab holds, or to reload).
 */
export function OtherTabDialog() {
  const { t } = useTranslation();
  const notice = useAutosaveWriter((state) => state.notice);
  if (!notice) return null;
  const close = () => useAutosaveWriter.setState({ notice: undefined });
  if (notice === 'other-tab')
    return (
      <Dialog title={t('documents.otherTabTitle')} onClose={close} className="confirm other-tab">
        <p>{t('documents.otherTabBody')}</p>
        <div className="dialog-actions">
          <button
            type="button"
            onClick={() => {
              close();
              void continueHere('fork', t);
            }}
          >
            {t('documents.otherTabFork')}
          </button>
          <button
            type="button"
            className="primary"
            onClick={() => {
              close();
              // This tab's own edits would be replaced: asked first, as for any replaced work.
              if (!useAutosaveStatus.getState().pending) return void continueHere('saved', t);
              useUiStore.getState().ask({
                title: t('documents.replaceTitle'),
                body: t('documents.otherTabReplaceBody'),
                confirm: t('documents.otherTabReload'),
                onConfirm: () => void continueHere('saved', t),
              });
            }}
          >
            {t('documents.otherTabReload')}
          </button>
        </div>
      </Dialog>
    );
  const exportHere = () => {
    const { document } = useDocumentStore.getState();
    const fileName = documentFileName(document);
    downloadText(fileName, documentText(document));
    useDocumentStore.getState().markSaved();
    useUiStore.getState().toast('info', t('documents.exported', { file: fileName }));
  };
  return (
    <Dialog title={t('documents.movedTitle')} onClose={close} className="confirm moved">
      <p>{t('documents.movedBody')}</p>
      <div className="dialog-actions">
        <button type="button" onClick={exportHere}>
          {t('documents.movedExport')}
        </button>
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          {t('documents.movedReload')}
        </button>
      </div>
    </Dialog>
  );
}
