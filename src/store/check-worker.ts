// The document check in a Web Worker: a 2,000-node document takes a few hundred milliseconds to validate and lint,
// which must never hold up a drag or a keystroke on the main thread.
import { checkDocument, isValid, lintDocument } from '../../compiler/index.ts';
import type { CheckRequest, CheckResponse } from './check-messages.ts';

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { sequence, document } = event.data;
  const { diagnostics, filled } = checkDocument(document);
  // A valid document is also linted: its risky designs are warnings in the same list.
  const all = isValid(diagnostics) ? lintDocument(document).diagnostics : diagnostics;
  self.postMessage({ sequence, diagnostics: all, filled } satisfies CheckResponse);
};
