import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { CharterDocument } from '../generated/charter-document.ts';
import { validateDocument } from '../validate/validate-document.ts';
import { parseDocument } from './parse-document.ts';

export { forbiddenKeys, maxDocumentBytes, maxNestingDepth } from './parse-document.ts';

/**
 * What {@link loadDocument} gives: the whole document with its validation diagnostics, or no document at all and
 * the reason. A document that loads may still be invalid (its diagnostics say how); it is never loaded in part.
 */
export type LoadResult =
  | { ok: true; document: CharterDocument; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * Reads a rule document from text: the one way documents enter Charter, from a file, the clipboard, a share link
 * or the JSON editor. Refuses what {@link parseDocument} refuses (too large, not JSON, too deep, forbidden keys,
 * not shaped like a document), each with a diagnostic that says what and where, and validates what it reads.
 * Never throws on any text.
 */
export function loadDocument(text: string): LoadResult {
  const parsed = parseDocument(text);
  if (!parsed.ok) return parsed;
  return { ok: true, document: parsed.document, diagnostics: validateDocument(parsed.document) };
}
