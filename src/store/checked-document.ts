import { type CharterDocument, checkDocument, type Diagnostic } from '../../compiler/index.ts';

/** A document's diagnostics and its form with defaults filled in, as the views read them. */
export interface CheckedDocument {
  document: CharterDocument;
  diagnostics: Diagnostic[];
  filled?: CharterDocument;
}

let last: CheckedDocument | undefined;

/** Checks a document once: every view asking about the same document object shares one result. */
export function checkedDocument(document: CharterDocument): CheckedDocument {
  if (last?.document !== document) last = { document, ...checkDocument(document) };
  return last!;
}
