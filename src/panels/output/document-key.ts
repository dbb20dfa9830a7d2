import { keccak256, stringToBytes } from 'viem';
import { type CharterDocument, canonicalJson } from '../../../compiler/index.ts';

const keys = new WeakMap<CharterDocument, string>();

/**
 * The keccak256 of a document's canonical JSON: the compile job's cache key, equal for equal documents (an undo back
 * to a compiled version finds its result). Remembered per document object, which the store never mutates.
 */
export function documentKey(document: CharterDocument): string {
  let key = keys.get(document);
  if (key === undefined) {
    key = keccak256(stringToBytes(canonicalJson(document)));
    keys.set(document, key);
  }
  return key;
}
