import { canonicalJson } from '../document/canonical-json.ts';
import { keccak256Text } from '../units/keccak256.ts';

/**
 * The keccak256 of a config's canonical JSON without its `hash` field: what a community compares with what is
 * deployed. Recompute it from a published config by dropping `hash` and hashing the canonical form.
 */
export function configHash(config: Record<string, unknown>): `0x${string}` {
  return hashedConfig(config).hash;
}

/**
 * The config's hash and its canonical JSON with `hash` in place, serializing each top-level member once for both
 * (the config is large, and this is the compiler's hot path).
 */
export function hashedConfig(config: Record<string, unknown>): { hash: `0x${string}`; text: string } {
  const members = Object.keys(config)
    .filter((key) => key !== 'hash' && config[key] !== undefined)
    .sort()
    .map((key) => [key, `${JSON.stringify(key)}:${canonicalJson(config[key])}`] as const);
  const hash = keccak256Text(`{${members.map(([, text]) => text).join(',')}}`);
  const all = [...members, ['hash', `"hash":"${hash}"`] as const].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  return { hash, text: `{${all.map(([, text]) => text).join(',')}}` };
}
