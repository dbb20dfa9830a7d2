import type { CharterDocument } from '../../../compiler/index.ts';
import type { CompileRequest, CompileResponse } from './compile-messages.ts';

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, (response: CompileResponse) => void>();

/**
 * Compiles a document in the panel's Web Worker (started on first use and kept), so a large document never holds
 * up typing. An aborted job's answer is dropped when it arrives. Resolves with the failure when the compiler threw
 * or the worker died (every job waiting then gets it, and the next job starts a new worker): it never waits forever.
 */
export function compileInWorker(document: CharterDocument, signal?: AbortSignal): Promise<CompileResponse> {
  if (!worker) {
    worker = new Worker(new URL('./compile-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<CompileResponse>) => {
      waiting.get(event.data.id)?.(event.data);
      waiting.delete(event.data.id);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker?.terminate();
      worker = undefined;
      const message = event.message || 'the compile worker failed';
      for (const [id, answer] of waiting) answer({ id, failure: { reason: 'internal', message } });
      waiting.clear();
    };
  }
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    waiting.set(id, resolve);
    signal?.addEventListener('abort', () => {
      waiting.delete(id);
      reject(signal.reason);
    });
    worker!.postMessage({ id, document } satisfies CompileRequest);
  });
}
