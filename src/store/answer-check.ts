import { type CharterDocument, checkDocument, isValid, lintDocument } from '../../compiler/index.ts';
import { workerFailure } from '../workers/worker-failure.ts';
import type { CheckRequest, CheckResponse } from './check-messages.ts';

/** Validates a document and, when it is valid, lints it too: its risky designs are warnings in the same list. */
function checkAndLint(
  document: CharterDocument,
): Omit<Extract<CheckResponse, { diagnostics: unknown }>, 'sequence'> {
  const { diagnostics, filled } = checkDocument(document);
  return { diagnostics: isValid(diagnostics) ? lintDocument(document).diagnostics : diagnostics, filled };
}

/**
 * The check worker's answer to one request: the document's diagnostics, or, when checking throws (a bug, never a
 * user's mistake), the failure, so the page is told instead of waiting. `check` is the checking (given in tests).
 */
export function answerCheck(request: CheckRequest, check = checkAndLint): CheckResponse {
  try {
    return { sequence: request.sequence, ...check(request.document) };
  } catch (error) {
    return { sequence: request.sequence, failure: workerFailure(error) };
  }
}
