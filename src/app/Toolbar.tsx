import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { NewDocumentButton } from '../documents/guided/NewDocumentButton.tsx';
import { SaveStatus } from '../documents/SaveStatus.tsx';
import { useOpenDocument } from '../documents/use-open-document.ts';
import { useDocumentStore } from '../store/document-store.ts';
import { useModeStore } from './mode-store.ts';
import { type ThemeChoice, useUiStore } from './ui-store.ts';
import type { EditorActions } from './use-editor-actions.ts';

/** The bar along the top: documents, history, layout, language and theme. Every button is labelled. */
export function Toolbar(props: { actions: EditorActions }) {
  const { actions } = props;
  const { t, i18n } = useTranslation();
  const { importFile } = useOpenDocument();
  const name = useDocumentStore((state) => state.document.name);
  const canUndo = useStore(useDocumentStore.temporal, (state) => state.pastStates.length > 0);
  const canRedo = useStore(useDocumentStore.temporal, (state) => state.futureStates.length > 0);
  const theme = useUiStore((state) => state.theme);
  const readOnly = useModeStore((state) => state.readOnly);

  return (
    <header className="toolbar">
      <div className="brand">
        <strong>{t('app.title')}</strong>
        <span className="document-name" title={name}>
          {name}
        </span>
        <SaveStatus />
      </div>
      <div className="toolbar-group" hidden={readOnly}>
        <NewDocumentButton />
        <button type="button" onClick={() => useUiStore.getState().openDialog('gallery')}>
          {t('toolbar.templates')}
        </button>
        <button type="button" onClick={actions.importFile}>
          {t('toolbar.import')}
        </button>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          hidden
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
        <button type="button" onClick={actions.exportFile}>
          {t('toolbar.export')}
        </button>
      </div>
      <div className="toolbar-group" hidden={readOnly}>
        <button type="button" onClick={actions.undo} disabled={!canUndo} aria-label={t('toolbar.undo')}>
          ↶ {t('toolbar.undo')}
        </button>
        <button type="button" onClick={actions.redo} disabled={!canRedo} aria-label={t('toolbar.redo')}>
          ↷ {t('toolbar.redo')}
        </button>
        <button type="button" onClick={actions.layout}>
          {t('toolbar.layout')}
        </button>
        <button
          type="button"
          onClick={actions.help}
          aria-label={t('toolbar.shortcuts')}
          title={t('toolbar.shortcuts')}
        >
          ?
        </button>
      </div>
      <div className="toolbar-group">
        <select
          aria-label={t('toolbar.language')}
          value={i18n.language === 'ko' ? 'ko' : 'en'}
          onChange={(event) => void i18n.changeLanguage(event.target.value)}
        >
          <option value="en">English</option>
          <option value="ko">한국어</option>
        </select>
        <select
          aria-label={t('toolbar.theme')}
          value={theme}
          onChange={(event) => useUiStore.getState().setTheme(event.target.value as ThemeChoice)}
        >
          <option value="system">{t('toolbar.themeSystem')}</option>
          <option value="light">{t('toolbar.themeLight')}</option>
          <option value="dark">{t('toolbar.themeDark')}</option>
        </select>
      </div>
    </header>
  );
}
