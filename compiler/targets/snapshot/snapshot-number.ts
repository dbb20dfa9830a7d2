/** Decimal text, possibly in exponent form ("1e+21"), as digits and a non-negative count of decimal places. */
function exact(text: string): { digits: bigint; scale: number } | undefined {
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(text);
  if (!match) return undefined;
  const fraction = match[2] ?? '';
  const exponent = Number(match[3] ?? '0');
  const digits = BigInt(match[1]! + fraction);
  const scale = fraction.length - exponent;
  return scale >= 0 ? { digits, scale } : { digits: digits * 10n ** BigInt(-scale), scale: 0 };
}

/**
 * A non-negative decimal amount as the JSON number Snapshot stores (space settings `voting.quorum`, a validation's
 * `minScore`), only when that number is the amount exactly: "40000000" and "0.5" are, but
 * "40000000.000000000000000001" would be written as 40000000, so it gives undefined and the caller says so.
 */
export function snapshotNumber(text: string): number | undefined {
  const value = Number(text);
  const wanted = exact(text);
  const written = Number.isFinite(value) ? exact(String(value)) : undefined;
  if (!wanted || !written) return undefined;
  const scale = Math.max(wanted.scale, written.scale);
  const left = wanted.digits * 10n ** BigInt(scale - wanted.scale);
  const right = written.digits * 10n ** BigInt(scale - written.scale);
  return left === right ? value : undefined;
}
