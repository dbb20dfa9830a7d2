import { useTranslation } from 'react-i18next';
import { Dialog } from '../app/Dialog.tsx';
import { useAutosaveNotice } from './autosave-notice.ts';
import { downloadText } from './download-text.ts';
import { loadReasonText } from './load-reason.ts';

/** The stored record as JSON text to repair by hand; a record JSON cannot hold is written as far as it can be. */
function storedText(stored: unknown): string {
  try {
    return JSON.stringify(stored, null, 2) ?? String(stored);
  } catch {
    return String(stored);
  }
}

/**
 * Tells the user that their newest autosave could not be read and why, that it is kept (never written over), and
 * what opened instead; offers the record as a file.
 */
export function DamagedAutosaveDialog() {
  const { t, i18n } = useTranslation();
  const damaged = useAutosaveNotice((state) => state.damaged);
  if (!damaged) return null;
  const close = () => useAutosaveNotice.setState({ damaged: undefined });
  const opened =
    damaged.olderSavedAt === undefined
      ? t('documents.damagedOpenedTemplate')
      : t('documents.damagedOpenedOlder', {
          time: new Date(damaged.olderSavedAt).toLocaleString(i18n.language),
        });
  return (
    <Dialog title={t('documents.damagedTitle')} onClose={close} className="confirm damaged-autosave">
      <p className="damaged-reason">
        {t('documents.damagedReason', {
          reason: loadReasonText(damaged.reason, i18n.language === 'ko' ? 'ko' : 'en', t),
        })}
      </p>
      <p>{t('documents.damagedKept')}</p>
      <p className="damaged-opened">{opened}</p>
      <div className="dialog-actions">
        <button type="button" onClick={close}>
          {t('documents.close')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => downloadText('charter-autosave-damaged.json', storedText(damaged.stored))}
        >
          {t('documents.damagedDownload')}
        </button>
      </div>
    </Dialog>
  );
}
