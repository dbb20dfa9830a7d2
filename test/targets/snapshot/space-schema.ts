// snapshot.js's own space schema (src/schemas/space.json of the pinned @snapshot-labs/snapshot.js), compiled with
// the project's Ajv. snapshot.js 0.17.5's `validateSchema` cannot compile this schema with its bundled Ajv (the
// generated code has a syntax error), so its custom formats and keywords are registered here the way its
// src/utils.ts defines them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { getAddress, isAddress } from 'viem';

const require = createRequire(import.meta.url);
const root = require.resolve('@snapshot-labs/snapshot.js/package.json').replace(/package\.json$/, '');
const schema = JSON.parse(readFileSync(`${root}src/schemas/space.json`, 'utf8'));
const networks = JSON.parse(readFileSync(`${root}src/networks.json`, 'utf8')) as Record<string, unknown>;

const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addFormat(
  'customUrl',
  (value: string) => !value.length || /^(https?|ipfs|ipns|snapshot):\/\//.test(value),
);
ajv.addFormat('evmAddress', (value: string) => isAddress(value, { strict: false }) && !!getAddress(value));
ajv.addFormat('starknetAddress', () => false);
ajv.addFormat('domain', (value: string) =>
  /^(https:\/\/)?([a-z0-9]+(-[a-z0-9]+)*\.)+[a-z]{2,}(\/)?$/.test(value),
);
ajv.addFormat('color', (value: string) => /^#[0-9A-F]{6}$/.test(value));
ajv.addFormat('uri', (value: string) => /^[a-z][a-z0-9+.-]*:/i.test(value));
ajv.addKeyword({ keyword: 'snapshotNetwork', validate: (_: unknown, data: string) => data in networks });
ajv.addKeyword({ keyword: 'errorMessage' });

/** Validates space settings against snapshot.js's space schema; returns Ajv's errors, or true. */
export const validateSpace = ajv.compile(schema);
