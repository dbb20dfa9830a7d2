// Loads the JSON editor's text off the main thread: a pasted document of thousands of nodes takes seconds to parse
// and check, and the page must keep answering meanwhile. The handler is set before the loader's modules arrive (the
// hasher is WebAssembly, loaded with a top-level await), so no message is lost.
import type { ReadRequest, ReadResponse } from './read-messages.ts';

const modules = Promise.all([import('./read-editor-text.ts'), import('../../workers/worker-failure.ts')]);

self.onmessage = async (event: MessageEvent<ReadRequest>) => {
  const { id, text } = event.data;
  const loaded = await modules.catch((error: unknown) => error);
  if (!Array.isArray(loaded)) {
    const message = String(loaded instanceof Error ? loaded.message : loaded).split('\n')[0] ?? '';
    self.postMessage({ id, failure: { reason: 'internal', message } } satisfies ReadResponse);
    return;
  }
  const [{ readEditorText }, { workerFailure }] = loaded;
  try {
    self.postMessage({ id, result: readEditorText(text) } satisfies ReadResponse);
  } catch (error) {
    self.postMessage({ id, failure: workerFailure(error) } satisfies ReadResponse);
  }
};
