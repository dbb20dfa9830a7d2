import i18next from 'i18next';
import type * as Monaco from 'monaco-editor/editor';
import type { CharterDocument } from '../../../compiler/index.ts';
import { documentText } from '../../documents/document-file.ts';
import { useDocumentStore } from '../../store/document-store.ts';
import { editorErrorText } from './editor-error-text.ts';
import { minimalEdit } from './minimal-edit.ts';
import type { EditorTextResult } from './read-editor-text.ts';
import { readInWorker } from './read-in-worker.ts';

/** What the JSON panel shows above the editor. */
export interface DocumentSyncState {
  /** Why the editor's text is not on the canvas, when it is not. */
  error: Extract<EditorTextResult, { ok: false }> | undefined;
  /** Whether the canvas changed while the editor held edits of its own, which were kept. */
  stale: boolean;
  /** Whether the text is being read (in a worker: a large paste takes a moment, and the page keeps answering). */
  reading?: boolean;
}

/** The handle {@link syncDocumentModel} gives. */
export interface DocumentSync {
  /** Drops the editor's own unapplied text and shows the canvas's document. */
  discard(): void;
  dispose(): void;
}

/** Options of {@link syncDocumentModel}. */
export interface SyncOptions {
  onState(state: DocumentSyncState): void;
  /** Milliseconds of quiet typing before the text is read and applied. @default 400 */
  delay?: number;
}

const markerOwner = 'charter-load';

/**
 * Keeps a monaco model and the document store in step. Typing is read with the library's loader (in a worker) after
 * `delay` ms of quiet and, when it loads and changes anything, applied as one undo step; text that does not load changes nothing
 * and is reported with its line and column. Changes from elsewhere (canvas, inspector, undo) come in as the one
 * smallest edit of the text, so a cursor outside the change stays put, and never over the user's unapplied edits.
 */
export function syncDocumentModel(
  monaco: typeof Monaco,
  model: Monaco.editor.ITextModel,
  options: SyncOptions,
): DocumentSync {
  const store = useDocumentStore;
  const delay = options.delay ?? 400;
  let written: CharterDocument | undefined;
  let dirty = false;
  let applying = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = store.getState().generation;
  let state: DocumentSyncState = { error: undefined, stale: false };
  const report = (next: Partial<DocumentSyncState>) => {
    state = { ...state, ...next };
    options.onState(state);
  };
  const mark = (error: DocumentSyncState['error']) => {
    const markers: Monaco.editor.IMarkerData[] = [];
    if (error?.line !== undefined && error.column !== undefined) {
      const word = model.getWordAtPosition({ lineNumber: error.line, column: error.column });
      markers.push({
        severity: monaco.MarkerSeverity.Error,
        message: editorErrorText(error, i18next.language === 'ko' ? 'ko' : 'en', i18next.t),
        startLineNumber: error.line,
        startColumn: error.column,
        endLineNumber: error.line,
        endColumn: Math.max(word?.endColumn ?? 0, error.column + 1),
      });
    }
    monaco.editor.setModelMarkers(model, markerOwner, markers);
  };

  const show = (document: CharterDocument) => {
    const edit = minimalEdit(model.getValue(), documentText(document));
    if (!edit) return;
    const start = model.getPositionAt(edit.start);
    const end = model.getPositionAt(edit.end);
    applying = true;
    try {
      model.pushStackElement();
      model.pushEditOperations(
        [],
        [{ range: monaco.Range.fromPositions(start, end), text: edit.text, forceMoveMarkers: false }],
        () => null,
      );
      model.pushStackElement();
    } finally {
      applying = false;
    }
  };

  let disposed = false;
  const apply = async () => {
    timer = undefined;
    const version = model.getVersionId();
    report({ reading: true });
    const result = await readInWorker(model.getValue());
    // Typed over meanwhile (a newer read is due), or closed: this answer is for a text that is gone.
    if (disposed || model.getVersionId() !== version || !dirty) return;
    report({ reading: false });
    mark(result.ok ? undefined : result);
    if (!result.ok) {
      report({ error: result });
      return;
    }
    dirty = false;
    report({ error: undefined, stale: false });
    const current = store.getState().document;
    if (JSON.stringify(current) === JSON.stringify(result.document)) return;
    written = result.document;
    store.getState().edit(() => result.document);
  };

  const typed = model.onDidChangeContent(() => {
    if (applying) return;
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(() => void apply(), delay);
  });

  const takeStore = () => {
    clearTimeout(timer);
    timer = undefined;
    dirty = false;
    mark(undefined);
    show(store.getState().document);
    report({ error: undefined, stale: false, reading: false });
  };

  const unsubscribe = store.subscribe((next, previous) => {
    if (next.document === previous.document || next.document === written) return;
    const replaced = next.generation !== generation;
    generation = next.generation;
    // A new document (template, import) replaces the text; an edit elsewhere waits for the user's own to settle.
    if (dirty && !replaced) report({ stale: true });
    else takeStore();
  });

  return {
    discard: takeStore,
    dispose() {
      disposed = true;
      clearTimeout(timer);
      typed.dispose();
      unsubscribe();
    },
  };
}
