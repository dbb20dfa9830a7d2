import type { i18n as I18n } from 'i18next';
import { useUiStore } from '../app/ui-store.ts';
import { useDocumentStore } from '../store/document-store.ts';
import { useAutosaveNotice } from './autosave-notice.ts';
import { type ReadAutosaveResult, readNewestAutosave } from './autosave-storage.ts';
import { firstTemplate } from './templates.ts';

/**
 * Opens the newest autosaved document that reads, else the first template: the app always opens on a document.
 * When the newest record does not read, it stays kept aside and the user is told why, with the record to download.
 */
export async function restoreAutosave(i18n: I18n): Promise<void> {
  const store = useDocumentStore.getState();
  let read: ReadAutosaveResult = { record: undefined, damaged: undefined };
  try {
    read = await readNewestAutosave();
  } catch {
    // IndexedDB cannot be read (private mode, a blocked profile): start on the template.
  }
  const { record, damaged } = read;
  try {
    if (record) store.replace(record.document, { saved: record.saved });
  } catch {
    read.record = undefined;
  }
  if (!read.record) store.replace(structuredClone(firstTemplate.document), { saved: true });
  if (damaged) {
    useAutosaveNotice.setState({
      damaged: { reason: damaged.reason, stored: damaged.stored, olderSavedAt: read.record?.savedAt },
    });
  } else if (read.record) {
    const time = new Date(read.record.savedAt).toLocaleString(i18n.language);
    useUiStore.getState().toast('info', i18n.t('documents.restored', { time }));
  }
}
