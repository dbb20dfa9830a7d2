import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Where solc-js outputs are kept, by the hash of everything that makes them (solc's version, the whole input and every
 * file it imports): `$CHARTER_SOLC_CACHE`, else `charter-solc` in the OS's temporary folder. Outside node_modules, so
 * that `npm ci` (which empties node_modules) does not make the next run pay solc's minutes again; a hit is the output
 * of the identical input, so where it lives changes nothing it holds.
 */
export function solcCacheDir(): string {
  return process.env.CHARTER_SOLC_CACHE ?? join(tmpdir(), 'charter-solc');
}

/** The cached output under `name` (a file name made of the input's hash), or undefined when there is none. */
export function readSolcCache<T>(name: string): T | undefined {
  try {
    return JSON.parse(readFileSync(join(solcCacheDir(), name), 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/**
 * Keeps `output` under `name`. Written to a file of its own and renamed into place, so that a test running at the same
 * time never reads half of it.
 */
export function writeSolcCache(name: string, output: unknown): void {
  const dir = solcCacheDir();
  mkdirSync(dir, { recursive: true });
  const partial = join(dir, `${name}.${process.pid}.partial`);
  writeFileSync(partial, JSON.stringify(output));
  renameSync(partial, join(dir, name));
}
