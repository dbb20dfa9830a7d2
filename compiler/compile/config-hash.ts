import { keccak256, stringToBytes } from 'viem';
import { canonicalJson } from '../document/canonical-json.ts';

/**
 * The keccak256 of a config's canonical JSON without its `hash` field: what a community compares with what is
 * deployed. Recompute it from a published config by dropping `hash` and hashing the canonical form.
 */
export function configHash(config: Record<string, unknown>): `0x${string}` {
  const { hash: _hash, ...rest } = config;
  return keccak256(stringToBytes(canonicalJson(rest)));
}
