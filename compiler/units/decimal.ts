/** A non-negative decimal read exactly: its digits as a bigint and how many of them follow the point. */
export interface Decimal {
  digits: bigint;
  scale: number;
}

/** Reads decimal text such as "50000.5" exactly; undefined when the text is not a plain non-negative decimal. */
export function parseDecimal(text: string): Decimal | undefined {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return undefined;
  const fraction = match[2] ?? '';
  return { digits: BigInt(match[1]! + fraction), scale: fraction.length };
}

/** Compares two decimal texts exactly: negative, 0 or positive, as `a` is below, equal to or above `b`. */
export function compareDecimals(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale);
  const left = a.digits * 10n ** BigInt(scale - a.scale);
  const right = b.digits * 10n ** BigInt(scale - b.scale);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Decimal places that carry value: "1.50" has 1, "2" has 0. */
export function significantDecimals(text: string): number {
  const point = text.indexOf('.');
  if (point < 0) return 0;
  return text.slice(point + 1).replace(/0+$/, '').length;
}
