import { create } from 'zustand';
import type { CharterDocument } from '../../compiler/index.ts';
import { type WorkerFailure, workerFailure } from '../workers/worker-failure.ts';
import type { CheckRequest, CheckResponse } from './check-messages.ts';
import type { CheckedDocument } from './checked-document.ts';
import { rememberDocumentKey } from './document-key.ts';
import { useDocumentStore } from './document-store.ts';

/** The newest finished check, and whether it is of the document now on screen. */
export interface CheckState {
  checked: CheckedDocument;
  /** False while a newer version of the document is being checked. */
  current: boolean;
  /** Why checking the newest version failed (`checked` is then of an earlier one); absent when it did not. */
  failure?: WorkerFailure;
}

/** The newest checked version of the document, whether it is the current one, and why checking failed if it did. */
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
    const answer = event.data;
    const answered = answer.sequence;
    const document = sent.get(answered);
    for (const key of sent.keys()) if (key <= answered) sent.delete(key);
    if (!document || answered !== sequence) return;
    if ('failure' in answer) {
      useCheckStore.setState({ failure: answer.failure });
      return;
    }
    const { diagnostics, filledNodes, key } = answer;
    rememberDocumentKey(document, key);
    const filled = filledNodes && new Map(filledNodes.map((node) => [node.id, node]));
    useCheckStore.setState({
      checked: filled ? { document, diagnostics, filled } : { document, diagnostics },
      current: useDocumentStore.getState().document === document,
      failure: undefined,
    });
  };
  // The worker itself failed (its script did not load): say so rather than wait for an answer that never comes.
  worker.onerror = (event) => {
    event.preventDefault();
    useCheckStore.setState({
      failure: { reason: 'internal', message: event.message || 'the check worker failed' },
    });
  };
  const check = (document: CharterDocument) => {
    sequence++;
    sent.set(sequence, document);
    useCheckStore.setState({ current: false });
    try {
      worker.postMessage({ sequence, document } satisfies CheckRequest);
    } catch (error) {
      useCheckStore.setState({ failure: workerFailure(error) });
    }
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
