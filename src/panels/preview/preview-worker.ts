// The preview's jobs in a Web Worker, one worker per job: a 10,000-run Monte Carlo takes seconds, which must never
// hold up the canvas, and cancelling a job terminates its worker, which stops it at once. The handler is set before
// the compiler loads (its hasher is WebAssembly, loaded asynchronously): a message that reaches a worker before it
// has a handler is lost.
import type { PreviewRequest, PreviewResponse } from './preview-job.ts';

const answering = import('./answer-preview.ts');

self.onmessage = async (event: MessageEvent<PreviewRequest>) => {
  const { answerPreview } = await answering;
  answerPreview(event.data, (response: PreviewResponse) => self.postMessage(response));
};
