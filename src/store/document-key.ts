import { type CharterDocument, canonicalJson, keccak256Text } from '../../compiler/index.ts';

const keys = new WeakMap<CharterDocument, string>();

/**
 * The keccak256 of a document's canonical JSON: the compile job's cache key and the version history's identity, equal
 * for equal documents (an undo back to a compiled version finds its result). Remembered per document object, which the
 * store never mutates. The check worker works it out beside each check ({@link rememberDocumentKey}), so the page
 * rarely does: canonical JSON and Keccak of a 2,000-node document take tens of milliseconds.
 */
export function documentKey(document: CharterDocument): string {
  let key = keys.get(document);
  if (key === undefined) {
    key = documentKeyOf(document);
    keys.set(document, key);
  }
  return key;
}

/** Works the key out, without remembering it (the check worker's copy of a document is not the page's object). */
export function documentKeyOf(document: CharterDocument): string {
  return keccak256Text(canonicalJson(document));
}

/** Remembers a key worked out elsewhere (by the check worker) for the page's own document object. */
export function rememberDocumentKey(document: CharterDocument, key: string): void {
  if (!keys.has(document)) keys.set(document, key);
}
