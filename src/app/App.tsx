import { useTranslation } from 'react-i18next';
import { Canvas } from '../canvas/Canvas.tsx';
import { Gallery } from '../documents/Gallery.tsx';
import { Inspector } from '../inspector/Inspector.tsx';
import { Palette } from '../palette/Palette.tsx';
import { ProblemsPanel } from '../problems/ProblemsPanel.tsx';
import { ShortcutHelp } from '../shortcuts/ShortcutHelp.tsx';
import { useShortcuts } from '../shortcuts/use-shortcuts.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { Toasts } from './Toasts.tsx';
import { Toolbar } from './Toolbar.tsx';
import { useUiStore } from './ui-store.ts';
import { useEditorActions } from './use-editor-actions.ts';
import { useFileDrop } from './use-file-drop.ts';
import { useResolvedTheme } from './use-resolved-theme.ts';
import { useUnloadWarning } from './use-unload-warning.ts';

/** The editor: toolbar, palette, canvas, inspector and problems, with dialogs and messages above them. */
export function App() {
  const { t } = useTranslation();
  const actions = useEditorActions();
  const theme = useResolvedTheme();
  const dialog = useUiStore((state) => state.dialog);
  const dropping = useFileDrop();
  useShortcuts(actions);
  useUnloadWarning();
  return (
    <div className="app" data-theme={theme}>
      <Toolbar actions={actions} />
      <Palette />
      <main className="workspace">
        <Canvas />
        <ProblemsPanel />
      </main>
      <aside className="side">
        <Inspector />
      </aside>
      {dialog === 'gallery' ? <Gallery /> : null}
      {dialog === 'shortcuts' ? <ShortcutHelp /> : null}
      <ConfirmDialog />
      <Toasts />
      {dropping ? <div className="drop-overlay">{t('documents.dropHere')}</div> : null}
    </div>
  );
}
