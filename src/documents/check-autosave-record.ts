import { type CharterDocument, parseDocument } from '../../compiler/index.ts';
import type { LoadReason } from './load-reason.ts';

/** What the autosave keeps: the document and when it was written (ms since the epoch). */
export interface AutosaveRecord {
  document: CharterDocument;
  savedAt: number;
  /** Whether the document was also in a file (exported, imported or an untouched template) when it was written. */
  saved: boolean;
}

/** A stored record read back: a record the editor can open, or why not (the loader's own problem, when it has one). */
export type CheckAutosaveRecordReturnType =
  | { ok: true; record: AutosaveRecord }
  | { ok: false; reason: LoadReason };

/**
 * Reads a stored autosave record with the same loader as a file (shape, size, depth, forbidden keys), so a record
 * damaged by anything (another program, a half-written profile, an older Charter) is recognised before it reaches
 * the editor. Never throws: a loader that stops on the record is a reason too.
 */
export function checkAutosaveRecord(stored: unknown): CheckAutosaveRecordReturnType {
  if (stored === null || typeof stored !== 'object' || !('document' in stored))
    return { ok: false, reason: { words: 'noDocument' } };
  const { document, savedAt, saved } = stored as Record<string, unknown>;
  let text: string | undefined;
  try {
    text = JSON.stringify(document);
  } catch (error) {
    return { ok: false, reason: { words: 'notJson', detail: messageOf(error) } };
  }
  if (text === undefined) return { ok: false, reason: { words: 'noDocument' } };
  try {
    const loaded = parseDocument(text);
    if (!loaded.ok) {
      const problem = loaded.diagnostics[0];
      return { ok: false, reason: problem ? { problem } : { words: 'notADocument' } };
    }
    return {
      ok: true,
      record: {
        document: loaded.document,
        savedAt: typeof savedAt === 'number' && Number.isFinite(savedAt) ? savedAt : 0,
        saved: saved === true,
      },
    };
  } catch (error) {
    return { ok: false, reason: { words: 'loaderStopped', detail: messageOf(error) } };
  }
}

/** An error's one-line message, never its stack. */
function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n', 1)[0]!;
}
