import { type CharterDocument, parseDocument } from '../../compiler/index.ts';
import type { LoadReason } from './load-reason.ts';

/** What reading a file gives: the whole document, or why it cannot be opened. Never a part of one. */
export type ReadDocumentResult = { ok: true; document: CharterDocument } | { ok: false; reason: LoadReason };

/**
 * Reads a `.charter.json` file's text with the compiler's loader (size, depth, duplicate keys, shape). A document
 * that loads but has problems opens, so they can be fixed on the canvas; one that does not load is refused whole.
 */
export function readDocumentFile(text: string): ReadDocumentResult {
  const loaded = parseDocument(text);
  if (loaded.ok) return { ok: true, document: loaded.document };
  const problem = loaded.diagnostics[0];
  return { ok: false, reason: problem ? { problem } : { words: 'notADocument' } };
}
