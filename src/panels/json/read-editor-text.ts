import { type CharterDocument, loadDocument } from '../../../compiler/index.ts';

/** What the JSON editor's text gives: a document to put on the canvas, or why not and (when known) where. */
export type EditorTextResult =
  | { ok: true; document: CharterDocument }
  | { ok: false; message: string; line?: number; column?: number };

/**
 * Reads the JSON editor's text with the library's strict loader, so the editor refuses exactly what `charter` and
 * the import refuse (broken JSON, repeated keys, nesting too deep, forbidden keys, a shape that is not a document).
 * A document that loads is returned even when it breaks rules of the schema: the Problems tab lists those.
 */
export function readEditorText(text: string): EditorTextResult {
  const loaded = loadDocument(text);
  if (loaded.ok) return { ok: true, document: loaded.document };
  const message = loaded.diagnostics[0]?.message ?? 'The text is not a rule document.';
  const where = /line (\d+), column (\d+)/.exec(message);
  if (!where) return { ok: false, message };
  return { ok: false, message, line: Number(where[1]), column: Number(where[2]) };
}
