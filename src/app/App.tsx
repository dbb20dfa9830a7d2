import { useTranslation } from 'react-i18next';
import { Canvas } from '../canvas/Canvas.tsx';
import { ChainImport } from '../documents/ChainImport.tsx';
import { Gallery } from '../documents/Gallery.tsx';
import { Palette } from '../palette/Palette.tsx';
import { PanelArea } from '../panels/PanelArea.tsx';
import { bottomTabs, sideTabs } from '../panels/panel-registry.ts';
import { ReviewBanner } from '../panels/review/ReviewBanner.tsx';
import { ShortcutHelp } from '../shortcuts/ShortcutHelp.tsx';
import { useShortcuts } from '../shortcuts/use-shortcuts.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { useModeStore } from './mode-store.ts';
import { Splitter } from './Splitter.tsx';
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
  const readOnly = useModeStore((state) => state.readOnly);
  useShortcuts(actions);
  useUnloadWarning();
  return (
    <div className={`app${readOnly ? ' read-only' : ''}`} data-theme={theme}>
      <Toolbar actions={actions} />
      {readOnly ? null : <Palette />}
      <main className="workspace">
        {readOnly ? <ReviewBanner /> : null}
        <Canvas />
        <Splitter />
        <PanelArea tabs={bottomTabs} label={t('panels.areaBottom')} className="bottom" />
      </main>
      <aside className="side">
        <PanelArea tabs={sideTabs} label={t('panels.areaSide')} className="side-tabs" />
      </aside>
      {dialog === 'gallery' ? <Gallery /> : null}
      {dialog === 'chain-import' ? <ChainImport /> : null}
      {dialog === 'shortcuts' ? <ShortcutHelp /> : null}
      <ConfirmDialog />
      <Toasts />
      {dropping ? <div className="drop-overlay">{t('documents.dropHere')}</div> : null}
    </div>
  );
}
