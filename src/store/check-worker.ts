// The document check in a Web Worker: a 2,000-node document takes a few hundred milliseconds to validate and lint,
// which must never hold up a drag or a keystroke on the main thread.
// The handler is set before the compiler loads (its hasher is WebAssembly, loaded asynchronously): a message that
// reaches a worker before it has a handler is lost.
import type { CheckRequest, CheckResponse } from './check-messages.ts';

const modules = Promise.all([import('./answer-check.ts'), import('../workers/worker-failure.ts')]);

self.onmessage = async (event: MessageEvent<CheckRequest>) => {
  const loaded = await modules.catch((error: unknown) => error);
  if (!Array.isArray(loaded)) {
    // The compiler itself did not load: the page is told, never left waiting.
    const message = String(loaded instanceof Error ? loaded.message : loaded).split('\n')[0] ?? '';
    const failure = { reason: 'internal', message } as const;
    self.postMessage({ sequence: event.data.sequence, failure } satisfies CheckResponse);
    return;
  }
  const [{ answerCheck }, { workerFailure }] = loaded;
  const answer = answerCheck(event.data);
  try {
    self.postMessage(answer satisfies CheckResponse);
  } catch (error) {
    // An answer that cannot be copied to the page is a failure too, not silence.
    self.postMessage({ sequence: answer.sequence, failure: workerFailure(error) } satisfies CheckResponse);
  }
};
