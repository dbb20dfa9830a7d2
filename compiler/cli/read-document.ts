import { type LoadResult, loadDocument } from '../document/load-document.ts';
import type { CliIO } from './cli-io.ts';
import { readInput } from './read-input.ts';

/**
 * Reads FILE (or standard input for `-`) and loads it as a rule document. Undefined when the file cannot be read,
 * after printing why (the caller exits 2); otherwise the load result, which may carry errors.
 */
export async function readDocument(name: string, file: string, io: CliIO): Promise<LoadResult | undefined> {
  const input = await readInput(file, io);
  if (input.ok) return loadDocument(input.text);
  io.stderr(`charter ${name}: ${input.message}\n`);
  return undefined;
}
