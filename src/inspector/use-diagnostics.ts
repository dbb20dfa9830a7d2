import type { Diagnostic } from '../../compiler/index.ts';
import { useCheckedDocument } from '../store/use-checked-document.ts';

/** The document's diagnostics from the newest check (done in a Web Worker, shared with the canvas). */
export function useDiagnostics(): readonly Diagnostic[] {
  return useCheckedDocument().diagnostics;
}
