import { formatUnits } from 'viem';
import { parseDecimal } from '../mechanisms/parse-decimal.ts';
import type { SupplyShare } from '../mechanisms/supply-share.ts';
import { toFixedPoint } from '../mechanisms/to-fixed-point.ts';
import { TallyInputError } from './tally-input-error.ts';

/**
 * Readers for the JSON that `charter tally` takes. Each checks one field and throws a {@link TallyInputError}
 * naming its path and what was expected, which the command prints and turns into exit code 1.
 */

/** The value as the message shows it, cut short. */
function shown(value: unknown): string {
  const text = value === undefined ? 'nothing' : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** Joins a path and a key: `votes[2]` + `weight` is `votes[2].weight`. */
export function at(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}

/** A JSON object with only the given keys; `required` of them must be present. */
export function object(
  value: unknown,
  path: string,
  keys: readonly string[],
  required: readonly string[] = [],
): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TallyInputError(
      path,
      `expected an object, got ${shown(value)}`,
      `객체여야 하는데 ${shown(value)}입니다`,
    );
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!keys.includes(key))
      throw new TallyInputError(
        at(path, key),
        `unknown field; expected one of ${keys.join(', ')}`,
        `알 수 없는 필드입니다. 가능한 필드: ${keys.join(', ')}`,
      );
  }
  for (const key of required)
    if (record[key] === undefined)
      throw new TallyInputError(at(path, key), 'is required', '필요한 필드입니다');
  return record;
}

/** A JSON array. */
export function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value))
    throw new TallyInputError(
      path,
      `expected an array, got ${shown(value)}`,
      `배열이어야 하는데 ${shown(value)}입니다`,
    );
  return value;
}

/** A string. */
export function string(value: unknown, path: string): string {
  if (typeof value !== 'string')
    throw new TallyInputError(
      path,
      `expected a string, got ${shown(value)}`,
      `문자열이어야 하는데 ${shown(value)}입니다`,
    );
  return value;
}

/** A boolean, or `fallback` when absent. */
export function boolean(value: unknown, path: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean')
    throw new TallyInputError(
      path,
      `expected true or false, got ${shown(value)}`,
      `true 또는 false여야 하는데 ${shown(value)}입니다`,
    );
  return value;
}

/** One of the given strings, or `fallback` when absent. */
export function oneOf<T extends string>(value: unknown, path: string, values: readonly T[], fallback?: T): T {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'string' || !values.includes(value as T)) {
    throw new TallyInputError(
      path,
      `expected one of ${values.map((v) => `"${v}"`).join(', ')}, got ${shown(value)}`,
      `${values.map((v) => `"${v}"`).join(', ')} 중 하나여야 하는데 ${shown(value)}입니다`,
    );
  }
  return value as T;
}

/** A whole number from `min` to `max`. */
export function integer(value: unknown, path: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new TallyInputError(
      path,
      `expected a whole number from ${min} to ${max}, got ${shown(value)}`,
      `${min} 이상 ${max} 이하의 정수여야 하는데 ${shown(value)}입니다`,
    );
  }
  return value;
}

/** The token's decimals, 0 to 36, 18 when absent. */
export function decimals(value: unknown, path: string): number {
  return value === undefined ? 18 : integer(value, path, 0, 36);
}

/** An amount in whole tokens as decimal text ("50000.5"), in base units; `signed` allows a leading "-". */
export function amount(value: unknown, path: string, tokenDecimals: number, { signed = false } = {}): bigint {
  const example = signed ? '"-2.5"' : '"2.5"';
  if (typeof value !== 'string') {
    throw new TallyInputError(
      path,
      `expected an amount in whole tokens as a decimal string such as ${example}, got ${shown(value)}`,
      `${example}처럼 토큰 단위의 십진수 문자열이어야 하는데 ${shown(value)}입니다`,
    );
  }
  const ratio = parseDecimal(value, { signed });
  if (ratio === undefined) {
    throw new TallyInputError(
      path,
      `expected an amount in whole tokens as a decimal string such as ${example}, got ${shown(value)}`,
      `${example}처럼 토큰 단위의 십진수 문자열이어야 하는데 ${shown(value)}입니다`,
    );
  }
  const units = toFixedPoint(ratio, 10n ** BigInt(tokenDecimals));
  if (units === undefined)
    throw new TallyInputError(
      path,
      `${value} has more than ${tokenDecimals} decimal places`,
      `${value}의 소수 자릿수가 ${tokenDecimals}자리를 넘습니다`,
    );
  return units;
}

/** A percentage from 0 to 100 (`below100`: under 100) as decimal text ("4.5"), returned as checked text. */
export function percent(value: unknown, path: string, { below100 = false } = {}): string {
  const ratio = typeof value === 'string' ? parseDecimal(value) : undefined;
  const limit = below100 ? 'below 100' : 'from 0 to 100';
  if (ratio === undefined || ratio.num > 100n * ratio.den || (below100 && ratio.num === 100n * ratio.den)) {
    throw new TallyInputError(
      path,
      `expected a percentage ${limit} as a decimal string such as "4.5", got ${shown(value)}`,
      `"4.5"처럼 십진수 문자열로 된 비율(${limit})이어야 하는데 ${shown(value)}입니다`,
    );
  }
  return value as string;
}

/**
 * A non-negative fraction given as a JSON number (0.9) or decimal text ("0.9"), returned as plain decimal text
 * exactly as written: a number goes through its shortest round-trip form, never through arithmetic.
 */
export function fraction(value: unknown, path: string): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? plainDecimal(value) : value;
  if (typeof text !== 'string' || parseDecimal(text) === undefined) {
    throw new TallyInputError(
      path,
      `expected a non-negative decimal such as 0.9, got ${shown(value)}`,
      `0.9처럼 0 이상의 소수여야 하는데 ${shown(value)}입니다`,
    );
  }
  return text;
}

/** A rise coefficient as decimal text with at most 6 places ("1.5"), as Nouns stores it in millionths. */
export function coefficient(value: unknown, path: string): string {
  if (typeof value !== 'string' || !/^(?:0|[1-9][0-9]{0,5})(?:\.[0-9]{1,6})?$/.test(value)) {
    throw new TallyInputError(
      path,
      `expected a decimal string with at most 6 decimal places such as "1.5", got ${shown(value)}`,
    );
  }
  return value;
}

/** Voting power: a finite non-negative JSON number, or decimal text. */
export function votingPower(value: unknown, path: string): number {
  const number = typeof value === 'string' && parseDecimal(value) !== undefined ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number) || number < 0) {
    throw new TallyInputError(
      path,
      `expected voting power as a non-negative number, got ${shown(value)}`,
      `투표권은 0 이상의 수여야 하는데 ${shown(value)}입니다`,
    );
  }
  return number;
}

/** Reads a supply share: `{"percent": "4"}` or `{"absolute": "40"}` (whole tokens). */
export function supplyShare(value: unknown, path: string, tokenDecimals: number): SupplyShare {
  const record = object(value, path, ['percent', 'absolute']);
  if ((record.percent === undefined) === (record.absolute === undefined)) {
    throw new TallyInputError(
      path,
      'expected exactly one of "percent" or "absolute"',
      '"percent"와 "absolute" 중 정확히 하나가 있어야 합니다',
    );
  }
  return record.percent !== undefined
    ? { percent: percent(record.percent, at(path, 'percent')) }
    : { absolute: amount(record.absolute, at(path, 'absolute'), tokenDecimals) };
}

/** Base units back to whole tokens as decimal text, without trailing zeros ("13.6"). */
export function tokens(units: bigint, tokenDecimals: number): string {
  return formatUnits(units, tokenDecimals);
}

/** "1e-7" as "0.0000001": the shortest round-trip digits of a number, written without an exponent. */
function plainDecimal(value: number): string {
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const digits = match[2]! + (match[3] ?? '');
  const point = 1 + Number(match[4]);
  const whole =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + '0'.repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return match[1] + whole;
}
