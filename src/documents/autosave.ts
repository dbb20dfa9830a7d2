import { createStore, get, set } from 'idb-keyval';
import { create } from 'zustand';
import type { CharterDocument } from '../../compiler/index.ts';
import { useModeStore } from '../app/mode-store.ts';
import { hasUnsavedWork, useDocumentStore } from '../store/document-store.ts';

/** What the autosave keeps: the document and when it was written (ms since the epoch). */
export interface AutosaveRecord {
  document: CharterDocument;
  savedAt: number;
  /** Whether the document was also in a file (exported, imported or an untouched template) when it was written. */
  saved: boolean;
}

/** Why the newest edit is not in the browser: its storage is full, or it refused to store it (private mode). */
export type AutosaveFailure = 'quota' | 'refused';

/**
 * Whether the newest edit is already in IndexedDB. `pending` stays true while it is not, including after a failed
 * write, whose reason `failure` gives until a later write succeeds.
 */
export const useAutosaveStatus = create<{
  pending: boolean;
  savedAt: number | undefined;
  failure: AutosaveFailure | undefined;
}>()(() => ({
  pending: false,
  savedAt: undefined,
  failure: undefined,
}));

/** A failed write's reason: the quota (whatever the browser calls it), else a refusal. */
export function failureOf(error: unknown): AutosaveFailure {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const message = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  return name === 'QuotaExceededError' || /quota/i.test(message) ? 'quota' : 'refused';
}

const key = 'current';
const delayMs = 300;
let store: ReturnType<typeof createStore> | undefined;

function database() {
  store ??= createStore('charter', 'autosave');
  return store;
}

/** The last autosaved document, if there is one that still has a document's shape. */
export async function readAutosave(): Promise<AutosaveRecord | undefined> {
  try {
    const record = await get<AutosaveRecord>(key, database());
    if (!record || typeof record !== 'object' || !Array.isArray(record.document?.nodes)) return undefined;
    return record;
  } catch {
    return undefined;
  }
}

/**
 * Writes the document to IndexedDB a moment after each change, so a reload restores it. Returns the function that
 * stops autosaving.
 */
export function startAutosave(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = async (document: CharterDocument) => {
    const savedAt = Date.now();
    try {
      const saved = !hasUnsavedWork(useDocumentStore.getState());
      await set(key, { document, savedAt, saved } satisfies AutosaveRecord, database());
      if (useDocumentStore.getState().document === document)
        useAutosaveStatus.setState({ pending: false, savedAt, failure: undefined });
    } catch (error) {
      // The edit is not stored: it stays marked unsaved (and the page warns before closing) and the toolbar says why.
      useAutosaveStatus.setState({ pending: true, failure: failureOf(error) });
    }
  };
  const unsubscribe = useDocumentStore.subscribe((state, previous) => {
    if (state.document === previous.document && state.savedDocument === previous.savedDocument) return;
    // A shared link under review is not the user's work: it must never overwrite their autosave.
    if (useModeStore.getState().readOnly) return;
    useAutosaveStatus.setState({ pending: true });
    clearTimeout(timer);
    timer = setTimeout(() => void write(state.document), delayMs);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
