import { CharterError } from '../../errors/charter-error.ts';
import type { Fraction } from '../../units/percent-to-fraction.ts';
import { lnFixed } from './ln-fixed.ts';

/** Gardens' D: decay, maxRatio and weight are fractions scaled by 10^7 (ConvictionsUtils.sol, `D = 10000000`). */
export const gardensScale = 10_000_000n;

/** A block time in seconds as an exact fraction: 12 → 12/1, 0.25 → 25/100. */
function exactSeconds(seconds: number): Fraction {
  const text = /e/i.test(String(seconds)) ? seconds.toFixed(20) : String(seconds);
  const [whole, fraction = ''] = text.split('.');
  const digits = fraction.replace(/0+$/, '');
  return { numerator: BigInt(whole! + digits), denominator: 10n ** BigInt(digits.length) };
}

/**
 * Whether decay `n` is at most 10^7 · 2^(−t/h), decided exactly: the sign of h·ln(n / 10^7) + t·ln 2, computed
 * in fixed point with ever more digits until the error bound cannot change it. The two never tie unless t/h is a
 * whole number, which the caller handles with integers.
 */
function atMost(n: bigint, t: Fraction, halfLife: bigint): boolean {
  if (n === 0n) return true;
  for (let digits = 40; digits <= 2_000; digits *= 2) {
    const weight = halfLife * t.denominator;
    const value = weight * lnFixed(n, gardensScale, digits) + t.numerator * lnFixed(2n, 1n, digits);
    const bound = (weight + t.numerator + 1n) * 200n * BigInt(digits);
    if (value > bound) return false;
    if (value < -bound) return true;
  }
  throw new CharterError(`gardensDecay: could not decide decay ${n} for half-life ${halfLife}`);
}

/**
 * Gardens' per-block `decay` for a conviction growth (half-life) in seconds, in its 10^7 scale:
 * decay = ⌊10^7 · 0.5^(blockTime / halfLife)⌋, so that a^(halfLife / blockTime) = ½ and staked support reaches half
 * its maximum after `halfLife` seconds. Rounded down as Gardens' own UI does (1Hive/gardens-v2,
 * apps/web/utils/numbers.ts, calculateDecay: `Math.floor(10^7 · (1/2)^(blockTime / halfLifeInSeconds))`), so that
 * Charter and the Gardens app set the same pool from the same figures; but computed exactly, where the app's
 * floating point can land one unit off. Rounding down keeps the decay below 10^7 (ConvictionsUtils divides by
 * D − decay) and makes conviction grow no slower than asked.
 *
 * @param blockTime - seconds per block, > 0
 * @param halfLife - seconds, a whole number ≥ 1
 */
export function gardensDecay(blockTime: number, halfLife: number): bigint {
  const t = exactSeconds(blockTime);
  const h = BigInt(halfLife);
  const steps = t.denominator * h;
  if (t.numerator % steps === 0n) return gardensScale / 2n ** (t.numerator / steps);
  let n = BigInt(Math.min(Math.floor(Number(gardensScale) * 0.5 ** (blockTime / halfLife)), 9_999_999));
  while (!atMost(n, t, h)) n -= 1n;
  while (n + 1n < gardensScale && atMost(n + 1n, t, h)) n += 1n;
  return n;
}
