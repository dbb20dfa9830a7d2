/**
 * Mulberry32 (Tommy Ettinger's 32-bit PRNG): a small, fast, seedable generator with a 2^32 period, plenty for
 * simulation draws. Returns a function giving floats uniform in [0, 1) with 32 random bits each.
 *
 * @param seed - any number; only its low 32 bits are used.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
