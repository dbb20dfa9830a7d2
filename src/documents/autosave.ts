import { create } from 'zustand';
import type { CharterDocument } from '../../compiler/index.ts';
import { useModeStore } from '../app/mode-store.ts';
import { runWhenIdle } from '../app/run-when-idle.ts';
import { hasUnsavedWork, useDocumentStore } from '../store/document-store.ts';
import { readNewestAutosave, writeAutosaveVersion } from './autosave-storage.ts';
import { claimWriter, useAutosaveWriter } from './autosave-writer.ts';
import type { AutosaveRecord } from './check-autosave-record.ts';

export type { AutosaveRecord } from './check-autosave-record.ts';

/**
 * Why the newest edit is not in the browser: its storage is full, it refused to store it (private mode), or another
 * tab is the one that saves.
 */
export type AutosaveFailure = 'quota' | 'refused' | 'other-tab';

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

const delayMs = 300;

/** The newest autosaved document that opens, if there is one; none when IndexedDB cannot be read. Never throws. */
export async function readAutosave(): Promise<AutosaveRecord | undefined> {
  try {
    return (await readNewestAutosave()).record;
  } catch {
    return undefined;
  }
}

/**
 * Writes the document to IndexedDB a moment after each change, as a new version, so a reload restores it, while this
 * tab is the one that writes (see autosave-writer.ts); a shared copy under review is never written, and claims
 * nothing until it becomes the user's copy. Returns the function that stops autosaving.
 */
export function startAutosave(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Cancels the write waiting for the user to stop panning or dragging (see runWhenIdle). */
  let waiting: (() => void) | undefined;
  let writing: Promise<void> = Promise.resolve();
  const write = async (document: CharterDocument) => {
    await claimWriter(handOver);
    if (!useAutosaveWriter.getState().writer) {
      useAutosaveStatus.setState({ pending: true, failure: 'other-tab' });
      return;
    }
    const savedAt = Date.now();
    try {
      const saved = !hasUnsavedWork(useDocumentStore.getState());
      await writeAutosaveVersion({ document, savedAt, saved });
      if (useDocumentStore.getState().document === document)
        useAutosaveStatus.setState({ pending: false, savedAt, failure: undefined });
    } catch (error) {
      // The edit is not stored: it stays marked unsaved (and the page warns before closing) and the toolbar says why.
      useAutosaveStatus.setState({ pending: true, failure: failureOf(error) });
    }
  };
  const schedule = (document: CharterDocument) => {
    useAutosaveStatus.setState({ pending: true });
    clearTimeout(timer);
    waiting?.();
    waiting = undefined;
    // Storing a large document holds the page for tens of milliseconds: not in the middle of a pan or a drag.
    timer = setTimeout(() => {
      timer = undefined;
      waiting = runWhenIdle(() => {
        waiting = undefined;
        writing = write(document);
      });
    }, delayMs);
  };
  /** Another tab takes over: the edit waiting to be written is written now, then this tab stops writing. */
  async function handOver(): Promise<void> {
    if (timer !== undefined || waiting !== undefined) {
      clearTimeout(timer);
      timer = undefined;
      waiting?.();
      waiting = undefined;
      writing = write(useDocumentStore.getState().document);
    }
    await writing;
    useAutosaveStatus.setState({ failure: 'other-tab' });
  }
  const claim = () =>
    void claimWriter(handOver).then((writer) => {
      if (!writer) useAutosaveStatus.setState({ failure: 'other-tab' });
    });
  if (!useModeStore.getState().readOnly) claim();
  const stopMode = useModeStore.subscribe((mode, before) => {
    if (before.readOnly && !mode.readOnly) claim();
  });
  const unsubscribe = useDocumentStore.subscribe((state, previous) => {
    if (state.document === previous.document && state.savedDocument === previous.savedDocument) return;
    // A shared link under review is not the user's work: it must never overwrite their autosave.
    if (useModeStore.getState().readOnly) return;
    schedule(state.document);
  });
  return () => {
    clearTimeout(timer);
    waiting?.();
    unsubscribe();
    stopMode();
  };
}
