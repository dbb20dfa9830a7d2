import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog.tsx';
import { useUiStore } from './ui-store.ts';

/** Asks before work would be lost: the question the ui store holds, if any. */
export function ConfirmDialog() {
  const { t } = useTranslation();
  const confirmation = useUiStore((state) => state.confirmation);
  if (!confirmation) return null;
  const close = () => useUiStore.getState().ask(undefined);
  return (
    <Dialog title={confirmation.title} onClose={close} className="confirm">
      <p>{confirmation.body}</p>
      <div className="dialog-actions">
        <button type="button" onClick={close}>
          {t('documents.cancel')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => {
            close();
            confirmation.onConfirm();
          }}
        >
          {confirmation.confirm}
        </button>
      </div>
    </Dialog>
  );
}
