// Aragon OSx 1.3.0's TokenVoting, Multisig and AddresslistVoting, compiled from the sources scripts/fetch-aragon-sources.js puts in
// node_modules/.cache/charter-aragon/ (AGPL-3.0-or-later: fetched on the machine that verifies, never vendored), with
// Charter's own harness (contracts/CharterAragonHarness.sol: a DAO mock and OpenZeppelin's ERC1967Proxy). Compiled
// with the project's solc-js and cached by the hash of solc's version and the whole input, as the Governor's
// artifacts are (scripts/compile-contracts.ts), so only the first run pays solc's seconds.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import type { Abi, Hex } from 'viem';
import { CharterError } from '../../errors/charter-error.ts';
import { readSolcCache, writeSolcCache } from '../solc-cache.ts';

const require = createRequire(import.meta.url);
/** The project's node_modules: where solc is installed. */
const nodeModules = dirname(dirname(require.resolve('solc/package.json')));
const openZeppelin = dirname(require.resolve('@openzeppelin/contracts/package.json'));

/** The fetched packages, by the import prefix their sources are read under. */
const fetched = {
  '@aragon/osx/': join(nodeModules, '.cache', 'charter-aragon', '@aragon', 'osx@1.3.0'),
  '@openzeppelin/contracts-upgradeable/': join(
    nodeModules,
    '.cache',
    'charter-aragon',
    '@openzeppelin',
    'contracts-upgradeable@4.8.1',
  ),
} as const;

/** OpenZeppelin Contracts 4.8.1, which @aragon/osx@1.3.0's framework imports (fetched beside it). */
const openZeppelin481 = join(nodeModules, '.cache', 'charter-aragon', '@openzeppelin', 'contracts@4.8.1');

/** The contracts compiled, by source path and contract name. */
const wanted = {
  tokenVoting: ['@aragon/osx/plugins/governance/majority-voting/token/TokenVoting.sol', 'TokenVoting'],
  multisig: ['@aragon/osx/plugins/governance/multisig/Multisig.sol', 'Multisig'],
  addresslistVoting: [
    '@aragon/osx/plugins/governance/majority-voting/addresslist/AddresslistVoting.sol',
    'AddresslistVoting',
  ],
  dao: ['CharterAragonHarness.sol', 'CharterDaoMock'],
  proxy: ['CharterAragonHarness.sol', 'CharterPluginProxy'],
} as const;

/** One compiled contract: its ABI and creation bytecode (without constructor arguments). */
export interface AragonArtifact {
  abi: Abi;
  bytecode: Hex;
}

/** What {@link aragonArtifacts} gives: the plugins' implementations, the DAO mock and the proxy. */
export type AragonArtifacts = { [K in keyof typeof wanted]: AragonArtifact } & {
  /** solc-js's version (its npm package's). */
  solc: string;
  /** Whether the artifacts were read from the cache (no compile ran). */
  cached: boolean;
};

/** Whether the Aragon sources have been fetched (`node scripts/fetch-aragon-sources.js`). */
export function aragonSourcesFetched(): boolean {
  return Object.values(fetched).every((folder) => existsSync(join(folder, 'package.json')));
}

/**
 * The file an import names: a fetched package's, OpenZeppelin's installed contracts (the proxy), or the harness.
 * Aragon pins `pragma solidity 0.8.17` exactly; the project's solc is newer, so the pin is read as `^0.8.17` (the
 * language has not changed under these sources between the two: they compile without a warning being an error).
 */
function readSource(path: string, openZeppelinFolder: string): string {
  for (const [prefix, folder] of Object.entries(fetched))
    if (path.startsWith(prefix))
      return readFileSync(join(folder, path.slice(prefix.length)), 'utf8').replace(
        /pragma solidity 0\.8\.17;/g,
        'pragma solidity ^0.8.17;',
      );
  // ENS's contracts are not on the registry Charter reaches: the two interfaces the PluginSetupProcessor's imports
  // name are the harness's (contracts/ens/), with ENS's signatures.
  const ens = /^@ensdomains\/ens-contracts\/contracts\/(?:registry|resolvers)\/(ENS|Resolver)\.sol$/.exec(
    path,
  );
  if (ens) return readFileSync(new URL(`contracts/ens/${ens[1]}.sol`, import.meta.url), 'utf8');
  if (path.startsWith('@openzeppelin/contracts/'))
    return readFileSync(join(openZeppelinFolder, path.slice('@openzeppelin/contracts/'.length)), 'utf8');
  return readFileSync(new URL(`contracts/${path}`, import.meta.url), 'utf8');
}

/** Every source the wanted files import, recursively, keyed as solc names them. */
function sources(
  wantedFiles: Record<string, readonly [string, string]>,
  openZeppelinFolder: string,
): Record<string, { content: string }> {
  const found: Record<string, { content: string }> = {};
  const visit = (path: string) => {
    if (path in found) return;
    const content = readSource(path, openZeppelinFolder);
    found[path] = { content };
    for (const match of content.matchAll(/import\s[^;]*?["']([^"']+)["']/g)) {
      const next = match[1]!;
      visit(next.startsWith('.') ? normalize(join(dirname(path), next)).replaceAll('\\', '/') : next);
    }
  };
  for (const [path] of Object.values(wantedFiles)) visit(path);
  return found;
}

interface SolcOutput {
  errors?: { severity: string; formattedMessage: string }[];
  contracts: Record<string, Record<string, { abi: Abi; evm: { bytecode: { object: string } } }>>;
}

let memo: AragonArtifacts | undefined;

/**
 * Compiles `wantedFiles` (contract by key: its source path and name) from the fetched Aragon sources and the harness,
 * or reads the cached output of the identical input. Throws a {@link CharterError} when the sources are not fetched
 * or solc fails.
 */
export function compileAragonSources<K extends string>(
  wantedFiles: Record<K, readonly [string, string]>,
  options: { openZeppelin?: 'installed' | '4.8.1' } = {},
): { [key in K]: AragonArtifact } & { solc: string; cached: boolean } {
  const openZeppelinFolder = options.openZeppelin === '4.8.1' ? openZeppelin481 : openZeppelin;
  if (!aragonSourcesFetched() || !existsSync(join(openZeppelinFolder, 'package.json')))
    throw new CharterError(
      "Aragon OSx's sources are not on this machine: run `node scripts/fetch-aragon-sources.js` first.",
    );
  // solc's package version keys the cache, so that a cached run never loads solc's 8 MB of WebAssembly.
  const solcVersion = (require('solc/package.json') as { version: string }).version;
  const input = JSON.stringify({
    language: 'Solidity',
    sources: sources(wantedFiles, openZeppelinFolder),
    settings: {
      optimizer: { enabled: true, runs: 200 },
      evmVersion: 'cancun',
      outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
    },
  });
  const hash = createHash('sha256').update(solcVersion).update(input).digest('hex');
  const cacheName = `aragon-${hash}.json`;
  let output = readSolcCache<SolcOutput>(cacheName);
  const cached = output !== undefined;
  if (output === undefined) {
    const solc = require('solc') as { compile(input: string): string };
    output = JSON.parse(solc.compile(input)) as SolcOutput;
    const errors = (output.errors ?? []).filter((error) => error.severity === 'error');
    if (errors.length > 0)
      throw new CharterError("solc could not compile Aragon OSx's sources.", {
        details: errors.map((error) => error.formattedMessage),
      });
    writeSolcCache(cacheName, output);
  }
  const compiledOutput = output;
  const artifact = ([path, name]: readonly [string, string]): AragonArtifact => {
    const compiled = compiledOutput.contracts[path]?.[name];
    if (compiled === undefined) throw new CharterError(`solc gave no ${name} in ${path}.`);
    return { abi: compiled.abi, bytecode: `0x${compiled.evm.bytecode.object}` };
  };
  const compiled = Object.fromEntries(
    Object.entries<readonly [string, string]>(wantedFiles).map(([key, file]) => [key, artifact(file)]),
  ) as { [key in K]: AragonArtifact };
  return { ...compiled, solc: solcVersion, cached };
}

/**
 * Compiles TokenVoting, Multisig, AddresslistVoting (Aragon OSx 1.3.0, build 2 of their repos) and the harness, or reads the cached
 * output of the identical input. Throws a {@link CharterError} when the sources are not fetched or solc fails.
 */
export function aragonArtifacts(): AragonArtifacts {
  if (memo !== undefined) return memo;
  memo = compileAragonSources(wanted);
  return memo;
}
