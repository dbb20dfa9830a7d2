#!/usr/bin/env node
// `node scripts/fetch-aragon-sources.js`: fetches the Solidity of Aragon OSx 1.3.0 (TokenVoting, Multisig and what
// they import) and the OpenZeppelin upgradeable contracts it imports, so that `charter verify --target aragon` can
// compile them with solc-js and run them in the in-process EVM. Each package is fetched with `npm pack` (not
// installed: @aragon/osx's dependency @ensdomains/ens-contracts@0.0.11 is not in every registry, and none of its
// dependencies is needed to compile the plugins), checked against the sha512 integrity pinned below, and unpacked in
// node_modules/.cache/charter-aragon/NAME@VERSION/. Aragon's sources are AGPL-3.0-or-later: they are fetched on the
// machine that verifies, never vendored into this MIT repository nor shipped with Charter. Not run by `postinstall`:
// only whoever runs the Aragon verifier needs them. Plain JavaScript, so that any Node runs it. Exit 0 when both are
// in place, 1 when one could not be fetched or did not match its integrity.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
/** Where the verifier looks for the sources (compiler/verify/aragon/aragon-sources.ts reads the same folder). */
export const cacheDir = join(root, 'node_modules', '.cache', 'charter-aragon');

/** The packages, each with the integrity the npm registry publishes for it (`npm view NAME@VERSION dist.integrity`). */
export const packages = [
  {
    name: '@aragon/osx',
    version: '1.3.0',
    integrity:
      'sha512-ziLmnhWEoFS/uthxAYfI9tSylesMLTDe69XggKP9LK/tIOKAhyYjfAJ2mbhWZcH558c9o0gzAEErkDhqh/wdog==',
  },
  {
    // The non-upgradeable contracts @aragon/osx@1.3.0 pins (Address, Clones, Counters, ERC165...): the framework
    // (DAO, PluginSetupProcessor, the plugins' setups) imports them; the plugins alone need only the upgradeable ones.
    name: '@openzeppelin/contracts',
    version: '4.8.1',
    integrity:
      'sha512-xQ6eUZl+RDyb/FiZe1h+U7qr/f4p/SrTSQcTPH2bjur3C5DbuW/zFgCU/b1P/xcIaEqJep+9ju4xDRi3rmChdQ==',
  },
  {
    name: '@openzeppelin/contracts-upgradeable',
    version: '4.8.1',
    integrity:
      'sha512-1wTv+20lNiC0R07jyIAbHU7TNHKRwGiTGRfiNnA8jOWjKT98g5OgLpYWOi40Vgpk8SPLA9EvfJAbAeIyVn+7Bw==',
  },
];

function fetchPackage({ name, version, integrity }) {
  const target = join(cacheDir, `${name}@${version}`);
  if (existsSync(join(target, 'package.json'))) return `${name}@${version}: already in ${target}`;
  const work = mkdtempSync(join(tmpdir(), 'charter-aragon-'));
  try {
    execFileSync('npm', ['pack', `${name}@${version}`, '--pack-destination', work, '--silent'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const tarball = readdirSync(work).find((file) => file.endsWith('.tgz'));
    if (tarball === undefined) throw new Error(`npm pack gave no tarball for ${name}@${version}`);
    const actual = `sha512-${createHash('sha512')
      .update(readFileSync(join(work, tarball)))
      .digest('base64')}`;
    if (actual !== integrity)
      throw new Error(`${name}@${version}: integrity ${actual} is not the pinned ${integrity}`);
    execFileSync('tar', ['xzf', join(work, tarball), '-C', work]);
    mkdirSync(join(target, '..'), { recursive: true });
    renameSync(join(work, 'package'), target);
    return `${name}@${version}: fetched into ${target}`;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

let failed = false;
for (const entry of packages) {
  try {
    process.stdout.write(`${fetchPackage(entry)}\n`);
  } catch (error) {
    failed = true;
    process.stderr.write(`fetch-aragon-sources: ${error.message}\n`);
  }
}
process.exitCode = failed ? 1 : 0;
