import { useTranslation } from 'react-i18next';
import { useModeStore } from '../app/mode-store.ts';
import { hasUnsavedWork, useDocumentStore } from '../store/document-store.ts';
import { useAutosaveStatus } from './autosave.ts';
import { useAutosaveWriter } from './autosave-writer.ts';
import { DamagedAutosaveDialog } from './DamagedAutosaveDialog.tsx';
import { OtherTabDialog } from './OtherTabDialog.tsx';
import './save-status.css';

/**
 * Where the document is kept, in the toolbar, and what the autosave has to say when the app opens (a damaged
 * record).
 */
export function SaveStatus() {
  return (
    <>
      <SaveState />
      <DamagedAutosaveDialog />
      <OtherTabDialog />
    </>
  );
}

/** Saving, saved in this browser, or not saved and why. A read-only shared copy is never saved, and says so. */
function SaveState() {
  const { t } = useTranslation();
  const unsaved = useDocumentStore(hasUnsavedWork);
  const pending = useAutosaveStatus((state) => state.pending);
  const failure = useAutosaveStatus((state) => state.failure);
  const readOnly = useModeStore((state) => state.readOnly);
  if (readOnly)
    return (
      <span className="save-state" data-pending={false} title={t('toolbar.readOnlyHint')}>
        {t('toolbar.readOnly')}
      </span>
    );
  if (failure === 'other-tab')
    return (
      <button
        type="button"
        className="save-state unsaved not-saved"
        data-pending={pending}
        data-failure={failure}
        title={t('toolbar.notSavedOtherTabHint')}
        onClick={() => useAutosaveWriter.setState({ notice: 'other-tab' })}
      >
        {t('toolbar.notSavedOtherTab')}
      </button>
    );
  if (failure)
    return (
      <span
        className="save-state unsaved not-saved"
        data-pending={pending}
        data-failure={failure}
        role="alert"
        title={t('toolbar.notSavedHint')}
      >
        {t(failure === 'quota' ? 'toolbar.notSaved' : 'toolbar.notSavedRefused')}
      </span>
    );
  return (
    <span className={`save-state${unsaved ? ' unsaved' : ''}`} data-pending={pending}>
      {pending ? t('toolbar.saving') : t('toolbar.saved')}
      {unsaved ? ` · ${t('toolbar.unsaved')}` : ''}
    </span>
  );
}
