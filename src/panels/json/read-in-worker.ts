import { type EditorTextResult, readEditorText } from './read-editor-text.ts';
import type { ReadRequest, ReadResponse } from './read-messages.ts';

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, { text: string; resolve: (result: EditorTextResult) => void }>();

/** Reads on the page itself: slower for a large text, but the same answer, when the worker cannot give one. */
function readHere(id: number) {
  const job = waiting.get(id);
  waiting.delete(id);
  job?.resolve(readEditorText(job.text));
}

/**
 * Reads the JSON editor's text with the library's loader in a Web Worker (started on first use and kept), so that
 * pasting a large document never freezes the page. If the worker fails or dies, the text is read on the page instead:
 * the answer is the same, and the edit is never lost.
 */
export function readInWorker(text: string): Promise<EditorTextResult> {
  if (!worker) {
    try {
      worker = new Worker(new URL('./read-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      return Promise.resolve(readEditorText(text));
    }
    worker.onmessage = (event: MessageEvent<ReadResponse>) => {
      const { id } = event.data;
      if ('result' in event.data) {
        waiting.get(id)?.resolve(event.data.result);
        waiting.delete(id);
      } else readHere(id);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker?.terminate();
      worker = undefined;
      for (const id of [...waiting.keys()]) readHere(id);
    };
  }
  const id = ++nextId;
  return new Promise((resolve) => {
    waiting.set(id, { text, resolve });
    worker!.postMessage({ id, text } satisfies ReadRequest);
  });
}
