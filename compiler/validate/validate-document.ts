import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { hasDocumentShape } from '../document/document-shape.ts';
import { withDefaults } from '../document/with-defaults.ts';
import { graphDiagnostics } from './graph/graph-diagnostics.ts';
import { schemaDiagnostics } from './schema-diagnostics.ts';

/**
 * Every problem with a parsed rule document, as data: schema errors in words (from ajv, against
 * rules-schema/charter.schema.json), then graph errors and warnings. Never throws on any input; a document is valid
 * when no diagnostic has severity `error`. Graph checks run when the document has nodes and edges to walk.
 */
export function validateDocument(document: unknown): Diagnostic[] {
  const schema = schemaDiagnostics(document);
  if (!hasDocumentShape(document)) return schema.diagnostics;
  const graph = graphDiagnostics(withDefaults(document), schema.invalidNodes, schema.invalidEdges);
  return [...schema.diagnostics, ...graph];
}

/** Whether diagnostics leave a document valid: none of them is an error. */
export function isValid(diagnostics: readonly Diagnostic[]): boolean {
  return !diagnostics.some((diagnostic) => diagnostic.severity === 'error');
}
