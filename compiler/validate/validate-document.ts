import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { hasDocumentShape } from '../document/document-shape.ts';
import { withDefaults } from '../document/with-defaults.ts';
import type { CharterDocument } from '../generated/charter-document.ts';
import { graphDiagnostics } from './graph/graph-diagnostics.ts';
import { schemaDiagnostics } from './schema-diagnostics.ts';

/**
 * Every problem with a parsed rule document, as data: schema errors in words (from ajv, against
 * rules-schema/charter.schema.json), then graph errors and warnings. Never throws on any input; a document is valid
 * when no diagnostic has severity `error`. The schema checks the document with its defaults filled in, which is
 * exactly what the graph checks then walk, so they never meet a value the schema did not see.
 */
export function validateDocument(document: unknown): Diagnostic[] {
  return checkDocument(document).diagnostics;
}

/**
 * {@link validateDocument}, also giving the document with its defaults filled in when it has the shape of one, so
 * that compiling, explaining and linting do not fill them in a second time.
 */
export function checkDocument(document: unknown): { diagnostics: Diagnostic[]; filled?: CharterDocument } {
  if (!hasDocumentShape(document)) return { diagnostics: schemaDiagnostics(document).diagnostics };
  const filled = withDefaults(document);
  const schema = schemaDiagnostics(filled);
  return {
    diagnostics: [
      ...schema.diagnostics,
      ...graphDiagnostics(filled, schema.invalidNodes, schema.invalidEdges),
    ],
    filled,
  };
}

/** Whether diagnostics leave a document valid: none of them is an error. */
export function isValid(diagnostics: readonly Diagnostic[]): boolean {
  return !diagnostics.some((diagnostic) => diagnostic.severity === 'error');
}
