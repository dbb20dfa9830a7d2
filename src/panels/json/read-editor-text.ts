import { type CharterDocument, type DiagnosticWords, parseDocument } from '../../../compiler/index.ts';

/**
 * What the JSON editor's text gives: a document to put on the canvas, or why not (the loader's first problem, which
 * the panel says in the interface language; absent when the loader named none) and, when known, where.
 */
export type EditorTextResult =
  | { ok: true; document: CharterDocument }
  | { ok: false; problem: DiagnosticWords | undefined; line?: number; column?: number };

/**
 * Reads the JSON editor's text with the library's strict loader, so the editor refuses exactly what `charter` and
 * the import refuse (broken JSON, repeated keys, nesting too deep, forbidden keys, a shape that is not a document).
 * A document that loads is returned even when it breaks rules of the schema: the Problems tab lists those.
 */
export function readEditorText(text: string): EditorTextResult {
  const loaded = parseDocument(text);
  if (loaded.ok) return { ok: true, document: loaded.document };
  const first = loaded.diagnostics[0];
  // Plain data only: the answer crosses from the read worker by structured clone.
  const problem: DiagnosticWords | undefined = first && {
    code: first.code,
    message: first.message,
    template: first.template,
    args: first.args,
  };
  const { line, column } = first?.args ?? {};
  if (typeof line !== 'number' || typeof column !== 'number') return { ok: false, problem };
  return { ok: false, problem, line, column };
}
