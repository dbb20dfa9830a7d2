import type { MeaningContext } from './meaning-context.ts';
import { valueMeaning } from './value-meaning.ts';

/** One raw value of a target's parameters, with what it means. */
export interface ParameterRow {
  /** Its place in the entry, dotted: `governor.votingPeriod`, `owners[0]`. */
  path: string;
  /** The value as the config writes it (strings without quotes). */
  value: string;
  meaning: string | undefined;
  /** Whether it is ABI-encoded calldata, shown in full below the table rather than in it. */
  calldata: boolean;
}

/** Hex longer than one 32-byte word: encoded call or constructor data. */
const calldataPattern = /^0x[0-9a-fA-F]{66,}$/;

/**
 * Every leaf of one target entry (a Governor, an Aragon plugin, a Safe, a Snapshot space, a Gardens pool), in the
 * config's order, with its meaning from {@link valueMeaning}. Empty lists and objects still get a row, so nothing
 * the config holds is left out of the table.
 */
export function parameterRows(context: MeaningContext): ParameterRow[] {
  const rows: ParameterRow[] = [];
  const walk = (value: unknown, path: string[]) => {
    const isList = Array.isArray(value);
    const entries = isList
      ? value.map((child, index) => [String(index), child] as const)
      : value !== null && typeof value === 'object'
        ? Object.entries(value)
        : undefined;
    if (entries && entries.length > 0) {
      for (const [key, child] of entries) walk(child, [...path, key]);
      return;
    }
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    rows.push({
      path: path.reduce(
        (dotted, key) => (/^\d+$/.test(key) ? `${dotted}[${key}]` : dotted ? `${dotted}.${key}` : key),
        '',
      ),
      value: text,
      meaning: entries ? undefined : valueMeaning(path, value, context),
      calldata: typeof value === 'string' && calldataPattern.test(value),
    });
  };
  walk(context.item, []);
  return rows;
}
