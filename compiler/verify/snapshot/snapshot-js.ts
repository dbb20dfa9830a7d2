// snapshot.js as its own repository runs it: one Ajv (the 8.11.0 it pins) for its validator and for the ajv-formats
// and ajv-errors plugins it adds to it.
//
// Why this is needed: snapshot.js pins `ajv` 8.11.0 exactly, while this project (and its other tools) use a newer
// Ajv 8. npm therefore nests 8.11.0 under snapshot.js but hoists ajv-formats and ajv-errors to the top, where their
// `require('ajv/dist/compile/codegen')` finds the project's Ajv. The plugins then hand snapshot.js's Ajv code
// fragments built by another Ajv's codegen; its `instanceof` checks fail, the fragments are written out as JSON
// strings, and compiling any schema that uses a format throws "Unexpected token ':'" (so `validateSchema` throws on
// every space). Loading snapshot.js's dist file and the two plugins here, with the plugins' `ajv` resolved from
// snapshot.js's own folder, gives exactly the validator snapshot.js ships: its schema, formats and keywords, on the
// Ajv it pins. Nothing else in the process is touched (the plugins are fresh copies; Node's module cache keeps the
// project's own). The clean fix in the tree is an npm override giving snapshot.js the project's Ajv; it needs a new
// lockfile, so it is left to whoever owns the dependencies.
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { runInThisContext } from 'node:vm';

const here = createRequire(import.meta.url);
const dist = here.resolve('@snapshot-labs/snapshot.js');
const fromSnapshot = createRequire(dist);
const plugins = new Set(['ajv-formats', 'ajv-errors']);

function packageName(id: string): string {
  const parts = id.split('/');
  return id.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Evaluates a CommonJS file with its own module record, routing the plugins and their Ajv as above. */
function load(file: string, loaded: Map<string, { exports: unknown }>, plugin: boolean): unknown {
  const known = loaded.get(file);
  if (known) return known.exports;
  const record = { exports: {} as unknown };
  loaded.set(file, record);
  const local = createRequire(file);
  const require = (id: string): unknown => {
    const name = packageName(id);
    if (plugins.has(name)) return load(fromSnapshot.resolve(id), loaded, true);
    if (plugin && name === 'ajv') return fromSnapshot(id);
    if (plugin && id.startsWith('.') && !id.endsWith('.json')) return load(local.resolve(id), loaded, true);
    return local(id);
  };
  const wrapped = runInThisContext(Module.wrap(readFileSync(file, 'utf8')), { filename: file }) as (
    ...args: unknown[]
  ) => void;
  wrapped.call(record.exports, record.exports, require, record, file, dirname(file));
  return record.exports;
}

/** What Charter uses of snapshot.js: its space schema and validator, and its voting classes. */
export interface SnapshotJs {
  schemas: { space: object };
  utils: {
    /** snapshot.js src/utils.ts: `true`, or Ajv's errors. */
    validateSchema(
      schema: object,
      data: unknown,
      options?: { snapshotEnv?: string; spaceType?: string },
    ): true | { instancePath: string; message?: string; keyword: string; params: unknown }[];
    voting: Record<string, SnapshotVotingClass>;
  };
}

/** One of snapshot.js's voting classes (src/voting/*.ts). */
export type SnapshotVotingClass = (new (
  proposal: { choices: string[] },
  votes: { choice: unknown; balance: number; scores: number[] }[],
  strategies: unknown[],
  selected?: unknown,
) => { getScores(): number[]; getScoresTotal(): number }) & {
  isValidChoice(choice: unknown, choices: string[]): boolean;
};

let instance: SnapshotJs | undefined;

/** The installed @snapshot-labs/snapshot.js, loaded once with its own Ajv (see the file's comment). */
export function snapshotJs(): SnapshotJs {
  instance ??= load(dist, new Map(), false) as SnapshotJs;
  return instance;
}
