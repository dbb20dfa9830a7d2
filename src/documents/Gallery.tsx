import { useTranslation } from 'react-i18next';
import type { CharterDocument } from '../../compiler/index.ts';
import { Dialog } from '../app/Dialog.tsx';
import { useUiStore } from '../app/ui-store.ts';
import { blankDocument, hasUnsavedWork, useDocumentStore } from '../store/document-store.ts';
import { replaceUndoably } from './replace-undoably.ts';
import { templates } from './templates.ts';

/**
 * The templates of rules-schema/examples/ and a blank document, to start from. Choosing one replaces the canvas as
 * one edit, which Undo takes back; with unexported work on the canvas it asks first, saying so.
 */
export function Gallery() {
  const { t } = useTranslation();
  const close = () => useUiStore.getState().openDialog('none');
  const choose = (document: CharterDocument) => {
    close();
    const replace = () => replaceUndoably(structuredClone(document));
    if (!hasUnsavedWork(useDocumentStore.getState())) return replace();
    useUiStore.getState().ask({
      title: t('documents.replaceTitle'),
      body: t('documents.replaceBody'),
      confirm: t('documents.replace'),
      onConfirm: replace,
    });
  };
  return (
    <Dialog title={t('documents.gallery')} onClose={close} className="gallery">
      <ul className="gallery-list">
        <li>
          <button
            type="button"
            className="gallery-item"
            data-template="blank"
            onClick={() => choose(blankDocument())}
          >
            <strong>{t('documents.blank')}</strong>
            <span>{t('documents.blankDescription')}</span>
          </button>
        </li>
        <li>
          <button
            type="button"
            className="gallery-item"
            data-template="chain-import"
            onClick={() => useUiStore.getState().openDialog('chain-import')}
          >
            <strong>{t('chainImport.entry')}</strong>
            <span>{t('chainImport.entryDescription')}</span>
          </button>
        </li>
        {templates.map((template) => (
          <li key={template.id}>
            <button
              type="button"
              className="gallery-item"
              data-template={template.id}
              onClick={() => choose(template.document)}
            >
              <strong>{template.document.name}</strong>
              <span className="gallery-meta">
                {t('documents.nodes', { count: template.document.nodes.length })}
              </span>
              <span className="gallery-description">
                {template.document.description.length > 220
                  ? `${template.document.description.slice(0, 220)}…`
                  : template.document.description}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
