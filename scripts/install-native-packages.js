#!/usr/bin/env node
// `postinstall`: installs the native packages for this machine that npm skipped. npm leaves out an optional
// dependency whose `engines` the Node running npm does not meet, and the machine's Node may be older than the one the
// project runs (Node 24, from the npm package `node`): Hardhat's EDR, which `charter verify` and the on-chain tests
// need, ships its native code in such packages (`engines: node >= 22`). So that `npm ci` alone is enough on any
// Node npm runs on, each package the lockfile lists for this platform (its `os`, `cpu` and `libc`) and that is not
// on disk is fetched with `npm pack`, checked against the lockfile's integrity, and unpacked in its place.
// Plain JavaScript, so that any Node npm runs it with can. Never fails the install: it says what it could not do.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
const omitted = (process.env.npm_config_omit ?? '').split(/[\s,]+/);
const libc =
  process.platform === 'linux'
    ? process.report.getReport().header.glibcVersionRuntime
      ? 'glibc'
      : 'musl'
    : null;
const fits = (list, value) => list === undefined || list.includes(value);

const missing = Object.entries(lock.packages ?? {}).filter(
  ([path, entry]) =>
    path.startsWith('node_modules/') &&
    entry.optional === true &&
    entry.os !== undefined &&
    entry.cpu !== undefined &&
    fits(entry.os, process.platform) &&
    fits(entry.cpu, process.arch) &&
    (entry.libc === undefined || fits(entry.libc, libc)) &&
    !(entry.dev === true && omitted.includes('dev')) &&
    !existsSync(join(root, path, 'package.json')),
);

for (const [path, entry] of missing) {
  const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
  const spec = `${name}@${entry.version}`;
  const scratch = mkdtempSync(join(tmpdir(), 'charter-native-'));
  try {
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', spec, '--json', '--pack-destination', scratch], {
        cwd: scratch,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    const tarball = join(scratch, packed.filename);
    const [algorithm, expected] = entry.integrity.split('-');
    const actual = createHash(algorithm).update(readFileSync(tarball)).digest('base64');
    if (actual !== expected) throw new Error(`${spec}: the tarball does not match the lockfile's integrity`);
    const target = join(root, path);
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
    console.log(
      `charter: installed ${spec}, which npm skipped (its engines ask for a newer Node than the one npm ran on)`,
    );
  } catch (error) {
    const reason = String(error?.stderr || error?.message || error)
      .trim()
      .split('\n')[0];
    console.warn(
      `charter: could not install ${spec} (${reason}); the on-chain tests and charter verify need it`,
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
