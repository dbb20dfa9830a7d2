import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';
import type { CliIO } from './cli-io.ts';

/** Parsed options (`--name value` as strings, flags as booleans) and the positional arguments. */
export interface CommandArgs {
  values: Record<string, unknown>;
  positionals: string[];
}

/**
 * Parses a command's arguments with Node's parseArgs. On an unknown option, or a number of positionals outside
 * `[min, max]`, prints "charter NAME: what is wrong", then the usage, and gives undefined (the caller exits 2).
 */
export function parseCommandArgs(
  name: string,
  args: string[],
  options: ParseArgsOptionsConfig,
  usage: string,
  io: CliIO,
  positionals: { min: number; max: number; missing: string },
): CommandArgs | undefined {
  try {
    const parsed = parseArgs({ args, options, allowPositionals: true });
    if (parsed.positionals.length >= positionals.min && parsed.positionals.length <= positionals.max)
      return parsed;
    io.stderr(`charter ${name}: ${positionals.missing}\n\n${usage}\n`);
  } catch (error) {
    io.stderr(`charter ${name}: ${(error as Error).message}\n\n${usage}\n`);
  }
  return undefined;
}
