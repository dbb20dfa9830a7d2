import { keccak256, stringToBytes } from 'viem';
import { type CharterDocument, canonicalJson } from '../../../compiler/index.ts';

const hashes = new WeakMap<CharterDocument, string>();

/**
 * The keccak256 of the document's canonical JSON without node positions: the key of its compile job. Moving a node
 * changes nothing the compiler emits, so it keeps the key (and the trace on the canvas); any other edit changes it.
 */
export function documentHash(document: CharterDocument): string {
  let hash = hashes.get(document);
  if (hash === undefined) {
    const placed = { ...document, nodes: document.nodes.map(({ position: _, ...node }) => node) };
    hash = keccak256(stringToBytes(canonicalJson(placed)));
    hashes.set(document, hash);
  }
  return hash;
}
