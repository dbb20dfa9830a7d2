import type * as Monaco from 'monaco-editor/editor';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModeStore } from '../../app/mode-store.ts';
import { useResolvedTheme } from '../../app/use-resolved-theme.ts';
import { documentText } from '../../documents/document-file.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { useDocumentStore } from '../../store/document-store.ts';
import { documentModelUri } from './document-model-uri.ts';
import { editorErrorText } from './editor-error-text.ts';
import './json-panel.css';
import { setUpMonaco } from './monaco-setup.ts';
import { type DocumentSync, type DocumentSyncState, syncDocumentModel } from './sync-document-model.ts';

/**
 * The document as JSON in monaco (bundled, in this panel's own chunk), validated and completed from the rule
 * document's JSON Schema. Text that loads flows back to the canvas as one undo step; text that does not is named
 * above the editor with its line and column, and the canvas keeps its last valid state.
 */
export function JsonPanel() {
  const { t } = useTranslation();
  const language = useLanguage();
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<Monaco.editor.IStandaloneCodeEditor | undefined>(undefined);
  const sync = useRef<DocumentSync | undefined>(undefined);
  const theme = useResolvedTheme();
  const readOnly = useModeStore((state) => state.readOnly);
  const [state, setState] = useState<DocumentSyncState>({ error: undefined, stale: false });
  const monacoTheme = theme === 'dark' ? 'vs-dark' : 'vs';

  // biome-ignore lint/correctness/useExhaustiveDependencies: the editor is created once; theme, read-only mode and words follow in the effects below
  useEffect(() => {
    const monaco = setUpMonaco();
    const uri = monaco.Uri.parse(documentModelUri);
    monaco.editor.getModel(uri)?.dispose();
    const model = monaco.editor.createModel(documentText(useDocumentStore.getState().document), 'json', uri);
    const created = monaco.editor.create(host.current!, {
      model,
      theme: monacoTheme,
      readOnly: useModeStore.getState().readOnly,
      automaticLayout: true,
      // A textarea instead of the native EditContext: the app's shortcuts then see a field, and typing in tests works.
      editContext: false,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fixedOverflowWidgets: true,
      tabSize: 2,
      insertSpaces: true,
      fontSize: 13,
      ariaLabel: t('json.editorLabel'),
    });
    editor.current = created;
    sync.current = syncDocumentModel(monaco, model, { onState: setState });
    return () => {
      sync.current?.dispose();
      sync.current = undefined;
      created.dispose();
      model.dispose();
      editor.current = undefined;
    };
  }, []);

  useEffect(() => {
    setUpMonaco().editor.setTheme(monacoTheme);
  }, [monacoTheme]);
  useEffect(() => {
    editor.current?.updateOptions({ readOnly, ariaLabel: t('json.editorLabel') });
  }, [readOnly, t]);

  const { error, stale, reading } = state;
  return (
    <div className="json-panel">
      {error ? (
        <p className="json-error" role="alert">
          {error.line === undefined
            ? t('json.invalid', { message: editorErrorText(error, language, t) })
            : t('json.invalidAt', {
                line: error.line,
                column: error.column,
                message: editorErrorText(error, language, t),
              })}
        </p>
      ) : (
        <p className="json-status" role="status" data-reading={reading ? 'true' : 'false'}>
          {readOnly ? t('json.readOnly') : reading ? t('json.reading') : t('json.hint')}
        </p>
      )}
      {stale ? (
        <p className="json-stale" role="status">
          {t('json.stale')}{' '}
          <button type="button" onClick={() => sync.current?.discard()}>
            {t('json.discard')}
          </button>
        </p>
      ) : null}
      <div className="json-editor" ref={host} data-testid="json-editor" />
    </div>
  );
}
