import { useDeferredValue } from 'react';
import { type CharterDocument, checkDocument, type Diagnostic } from '../../compiler/index.ts';
import { useDocumentStore } from '../store/document-store.ts';

const cache = new WeakMap<CharterDocument, readonly Diagnostic[]>();

/**
 * The current document's diagnostics, deferred while the user types. Kept in a cache of its own rather than
 * through `useCheckedDocument`: that one remembers a single document, and the inspector mounts afresh on each
 * selection, so its deferred document can differ from the canvas's for a render. Both asking in turn made every
 * answer new, and the canvas re-synced without end ("Maximum update depth exceeded" on adding a node).
 */
export function useDiagnostics(): readonly Diagnostic[] {
  const document = useDeferredValue(useDocumentStore((state) => state.document));
  let diagnostics = cache.get(document);
  if (!diagnostics) {
    diagnostics = checkDocument(document).diagnostics;
    cache.set(document, diagnostics);
  }
  return diagnostics;
}
