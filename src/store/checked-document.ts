import type { CharterDocument, CharterNode, Diagnostic } from '../../compiler/index.ts';

/** A document's diagnostics and the defaults the check filled in, as the views read them. */
export interface CheckedDocument {
  /** The version of the document that was checked (the very object the document store held). */
  document: CharterDocument;
  diagnostics: Diagnostic[];
  /**
   * The nodes, by id, whose defaults the quick fill does not give exactly, filled in; every other node's quick fill
   * is exact. Absent when the document could not be filled (its shape is broken).
   */
  filled?: ReadonlyMap<string, CharterNode>;
}
