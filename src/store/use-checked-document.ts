import { useDeferredValue } from 'react';
import { type CheckedDocument, checkedDocument } from './checked-document.ts';
import { useDocumentStore } from './document-store.ts';

/**
 * The current document's check, deferred: while the user types or drags, React keeps the last result on screen
 * and checks the newest document when it has time, so a 500-node graph stays responsive.
 */
export function useCheckedDocument(): CheckedDocument {
  const document = useDocumentStore((state) => state.document);
  return checkedDocument(useDeferredValue(document));
}
