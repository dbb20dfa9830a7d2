// The document check in a Web Worker: a 2,000-node document takes a few hundred milliseconds to validate, which
// must never hold up a drag or a keystroke on the main thread.
import { checkDocument } from '../../compiler/index.ts';
import type { CheckRequest, CheckResponse } from './check-messages.ts';

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { sequence, document } = event.data;
  const { diagnostics, filled } = checkDocument(document);
  self.postMessage({ sequence, diagnostics, filled } satisfies CheckResponse);
};
