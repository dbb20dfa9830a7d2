import {
  type CharterDocument,
  type CharterNode,
  canonicalJson,
  checkDocument,
  type Diagnostic,
  isValid,
  lintDocument,
} from '../../compiler/index.ts';
import { workerFailure } from '../workers/worker-failure.ts';
import type { CheckRequest, CheckResponse } from './check-messages.ts';
import { documentKeyOf } from './document-key.ts';
import { quickFill } from './quick-fill.ts';

/** Validates a document and, when it is valid, lints it too: its risky designs are warnings in the same list. */
function checkAndLint(document: CharterDocument): { diagnostics: Diagnostic[]; filled?: CharterDocument } {
  const { diagnostics, filled } = checkDocument(document);
  return { diagnostics: isValid(diagnostics) ? lintDocument(document).diagnostics : diagnostics, filled };
}

/** The filled nodes that differ from the page's quick fill of the same node (key order aside). */
function differingNodes(document: CharterDocument, filled: CharterDocument): CharterNode[] {
  return filled.nodes.filter((node, i) => {
    const stored = document.nodes[i];
    return !stored || stored.id !== node.id || canonicalJson(quickFill(stored)) !== canonicalJson(node);
  });
}

/**
 * The check worker's answer to one request: the document's diagnostics, its key and the filled nodes the page
 * cannot fill itself; or, when checking throws (a bug, never a user's mistake), the failure, so the page is told
 * instead of waiting. `check` is the checking (given in tests).
 */
export function answerCheck(request: CheckRequest, check = checkAndLint): CheckResponse {
  try {
    const { diagnostics, filled } = check(request.document);
    return {
      sequence: request.sequence,
      diagnostics,
      key: documentKeyOf(request.document),
      ...(filled ? { filledNodes: differingNodes(request.document, filled) } : {}),
    };
  } catch (error) {
    return { sequence: request.sequence, failure: workerFailure(error) };
  }
}
