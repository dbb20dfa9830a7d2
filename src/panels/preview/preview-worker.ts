// The preview's jobs in a Web Worker, one worker per job: a 10,000-run Monte Carlo takes seconds, which must never
// hold up the canvas, and cancelling a job terminates its worker, which stops it at once.
import { answerPreview } from './answer-preview.ts';
import type { PreviewRequest, PreviewResponse } from './preview-job.ts';

self.onmessage = (event: MessageEvent<PreviewRequest>) =>
  answerPreview(event.data, (response: PreviewResponse) => self.postMessage(response));
