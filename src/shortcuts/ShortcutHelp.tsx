import { useTranslation } from 'react-i18next';
import { Dialog } from '../app/Dialog.tsx';
import { useUiStore } from '../app/ui-store.ts';
import { shortcutList } from './shortcut-list.ts';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The help overlay: every keyboard shortcut and what it does. */
export function ShortcutHelp() {
  const { t } = useTranslation();
  return (
    <Dialog title={t('shortcuts.title')} onClose={() => useUiStore.getState().openDialog('none')}>
      <table className="shortcut-table">
        <tbody>
          {shortcutList.map((shortcut) => (
            <tr key={shortcut.does}>
              <td>
                <kbd>{shortcut.keys.replaceAll('mod', isMac ? '⌘' : 'Ctrl')}</kbd>
              </td>
              <td>{t(`shortcuts.${shortcut.does}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
