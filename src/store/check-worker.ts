// The document check in a Web Worker: a 2,000-node document takes a few hundred milliseconds to validate and lint,
// which must never hold up a drag or a keystroke on the main thread.
import { workerFailure } from '../workers/worker-failure.ts';
import { answerCheck } from './answer-check.ts';
import type { CheckRequest, CheckResponse } from './check-messages.ts';

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const answer = answerCheck(event.data);
  try {
    self.postMessage(answer satisfies CheckResponse);
  } catch (error) {
    // An answer that cannot be copied to the page is a failure too, not silence.
    self.postMessage({ sequence: answer.sequence, failure: workerFailure(error) } satisfies CheckResponse);
  }
};
