import type { CharterDocument } from '../../compiler/index.ts';
import { hasUnsavedWork, useDocumentStore } from '../store/document-store.ts';

/**
 * Puts `document` on the canvas as one undo step, so New can be taken back with Undo. It is still a new document to
 * the views: the generation moves on, so the canvas fits it and the JSON panel takes it. When the rules it replaces
 * were saved (nothing would be lost), it counts as saved too; otherwise a later import still asks before it clears
 * the history that holds them.
 */
export function replaceUndoably(document: CharterDocument): void {
  const store = useDocumentStore;
  const before = store.getState();
  // zundo records this set: the document changes; the generation and saved copy beside it are not in the history.
  store.setState({
    document,
    generation: before.generation + 1,
    savedDocument: hasUnsavedWork(before) ? before.savedDocument : document,
  });
}
