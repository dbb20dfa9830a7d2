import { useCheckStore } from './check-store.ts';
import type { CheckedDocument } from './checked-document.ts';

/**
 * The newest check of the document, done in a Web Worker. While an edit is being checked, this is the check of the
 * version before it; `checked.document` says which version it is.
 */
export function useCheckedDocument(): CheckedDocument {
  return useCheckStore((state) => state.checked);
}
