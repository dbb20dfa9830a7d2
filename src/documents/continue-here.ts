import type { TFunction } from 'i18next';
import { useUiStore } from '../app/ui-store.ts';
import { useDocumentStore } from '../store/document-store.ts';
import { useAutosaveStatus } from './autosave.ts';
import { forgetNextVersion, readNewestAutosave } from './autosave-storage.ts';
import { takeOver } from './autosave-writer.ts';

/**
 * Makes this tab the one that saves, once the tab saving now has written its last edit and let go. `saved` opens
 * the work that tab saved; `fork` keeps this tab's document as a copy of its own (renamed so), saved as the newest
 * version, the other tab's work staying as the version before it.
 */
export async function continueHere(mode: 'saved' | 'fork', t: TFunction): Promise<void> {
  await takeOver();
  forgetNextVersion();
  const store = useDocumentStore.getState();
  const { toast } = useUiStore.getState();
  if (mode === 'fork') {
    const name = t('documents.forkName', { name: store.document.name });
    store.replace({ ...store.document, name }, { saved: false });
    toast('info', t('documents.forked', { name }));
    return;
  }
  const record = await readNewestAutosave().then(
    (read) => read.record,
    () => undefined,
  );
  if (record) store.replace(record.document, { saved: record.saved });
  useAutosaveStatus.setState({ pending: false, failure: undefined, savedAt: record?.savedAt });
  toast('info', t('documents.continued'));
}
