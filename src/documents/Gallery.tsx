import { useTranslation } from 'react-i18next';
import type { CharterDocument } from '../../compiler/index.ts';
import { Dialog } from '../app/Dialog.tsx';
import { useUiStore } from '../app/ui-store.ts';
import { blankDocument, hasUnsavedWork, useDocumentStore } from '../store/document-store.ts';
import { replaceUndoably } from './replace-undoably.ts';
import { type Template, templates } from './templates.ts';

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
      <h3 className="gallery-group">{t('documents.realDaos')}</h3>
      <ul className="gallery-list" aria-label={t('documents.realDaos')}>
        <li>
          <button
            type="button"
            className="gallery-item"
            data-template="chain-import"
            onClick={() => useUiStore.getState().openDialog('chain-import')}
          >
            <strong>{t('chainImport.entry')}</strong>
            <span className="gallery-description">{t('chainImport.entryDescription')}</span>
          </button>
        </li>
        {templates
          .filter((template) => template.group === 'real-dao')
          .map((template) => (
            <TemplateItem key={template.id} template={template} onChoose={choose} />
          ))}
      </ul>
      <h3 className="gallery-group">{t('documents.patterns')}</h3>
      <ul className="gallery-list" aria-label={t('documents.patterns')}>
        <li>
          <button
            type="button"
            className="gallery-item"
            data-template="blank"
            onClick={() => choose(blankDocument(t('documents.untitled')))}
          >
            <strong>{t('documents.blank')}</strong>
            <span className="gallery-description">{t('documents.blankDescription')}</span>
          </button>
        </li>
        {templates
          .filter((template) => template.group === 'pattern')
          .map((template) => (
            <TemplateItem key={template.id} template={template} onChoose={choose} />
          ))}
      </ul>
    </Dialog>
  );
}

/**
 * One template in the gallery: its name and one line about it in the interface language, and its size. The long
 * description with its sources stays in the document, where Review and the document's settings show it.
 */
function TemplateItem(props: { template: Template; onChoose(document: CharterDocument): void }) {
  const { t } = useTranslation();
  const { document, id } = props.template;
  return (
    <li>
      <button
        type="button"
        className="gallery-item"
        data-template={id}
        onClick={() => props.onChoose(document)}
      >
        <strong>{t(`templates.${id}.name`, { defaultValue: document.name })}</strong>
        <span className="gallery-meta">{t('documents.nodes', { count: document.nodes.length })}</span>
        <span className="gallery-description">
          {t(`templates.${id}.summary`, { defaultValue: document.description.slice(0, 160) })}
        </span>
      </button>
    </li>
  );
}
