import type { CharterDocument, Diagnostic } from '../../compiler/index.ts';

/** A document's diagnostics and its form with defaults filled in, as the views read them. */
export interface CheckedDocument {
  /** The version of the document that was checked (the very object the document store held). */
  document: CharterDocument;
  diagnostics: Diagnostic[];
  filled?: CharterDocument;
}
