import { type CharterDocument, canonicalJson, keccak256Text } from '../../../compiler/index.ts';

const keys = new WeakMap<CharterDocument, string>();

/**
 * The keccak256 of a document's canonical JSON: the compile job's cache key, equal for equal documents (an undo back
 * to a compiled version finds its result). Remembered per document object, which the store never mutates. Hashed
 * with the compiler's WebAssembly Keccak: it runs on every edit, and viem's took about 100 ms for 2,000 nodes.
 */
export function documentKey(document: CharterDocument): string {
  let key = keys.get(document);
  if (key === undefined) {
    key = keccak256Text(canonicalJson(document));
    keys.set(document, key);
  }
  return key;
}
