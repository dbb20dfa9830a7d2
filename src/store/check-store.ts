import { create } from 'zustand';
import type { CharterDocument } from '../../compiler/index.ts';
import type { CheckRequest, CheckResponse } from './check-messages.ts';
import type { CheckedDocument } from './checked-document.ts';
import { useDocumentStore } from './document-store.ts';

/** The newest finished check, and whether it is of the document now on screen. */
export interface CheckState {
  checked: CheckedDocument;
  /** False while a newer version of the document is being checked. */
  current: boolean;
}

export const useCheckStore = create<CheckState>()(() => ({
  checked: { document: useDocumentStore.getState().document, diagnostics: [] },
  current: false,
}));

/**
 * Checks every version of the document in a Web Worker as it changes, keeping only the newest answer: a version
 * superseded while it was being checked is dropped. Returns the function that stops checking.
 */
export function startChecking(): () => void {
  const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
  const sent = new Map<number, CharterDocument>();
  let sequence = 0;
  worker.onmessage = (event: MessageEvent<CheckResponse>) => {
    const { sequence: answered, diagnostics, filled } = event.data;
    const document = sent.get(answered);
    for (const key of sent.keys()) if (key <= answered) sent.delete(key);
    if (!document || answered !== sequence) return;
    useCheckStore.setState({
      checked: filled ? { document, diagnostics, filled } : { document, diagnostics },
      current: useDocumentStore.getState().document === document,
    });
  };
  const check = (document: CharterDocument) => {
    sequence++;
    sent.set(sequence, document);
    useCheckStore.setState({ current: false });
    worker.postMessage({ sequence, document } satisfies CheckRequest);
  };
  check(useDocumentStore.getState().document);
  const unsubscribe = useDocumentStore.subscribe((state, previous) => {
    if (state.document !== previous.document) check(state.document);
  });
  return () => {
    unsubscribe();
    worker.terminate();
  };
}
