// Compiles Charter's reference contracts (compiler/targets/openzeppelin/contracts/*.sol) and OpenZeppelin's
// TimelockController offline with the pinned solc-js, and writes their ABIs and creation bytecode to
// compiler/generated/openzeppelin-contracts.ts, which the library imports. `node scripts/compile-contracts.ts`
// writes it; `--check` fails if the committed file differs from a fresh compile. Compiles are cached by input hash
// (compiler/verify/solc-cache.ts: the OS's temporary folder), so only the first run pays solc's 5-10 s.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { readSolcCache, writeSolcCache } from '../compiler/verify/solc-cache.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const require = createRequire(import.meta.url);
const contractsDir = `${root}compiler/targets/openzeppelin/contracts/`;
/** Where the generated module is written. */
export const artifactsPath = `${root}compiler/generated/openzeppelin-contracts.ts`;

/**
 * The contracts the module exports, by source file and contract name, and whether solc compiles them with viaIR:
 * the Governors' ten or more constructor arguments are too many stack slots for the legacy code generator.
 */
const wanted = [
  { source: 'CharterVotesToken.sol', contract: 'CharterVotesToken', name: 'charterVotesToken', viaIR: false },
  { source: 'CharterGovernor.sol', contract: 'CharterGovernor', name: 'charterGovernor', viaIR: true },
  {
    source: 'CharterCompoundGovernor.sol',
    contract: 'CharterCompoundGovernor',
    name: 'charterCompoundGovernor',
    viaIR: true,
  },
  {
    source: 'CharterSuperQuorumGovernor.sol',
    contract: 'CharterSuperQuorumGovernor',
    name: 'charterSuperQuorumGovernor',
    viaIR: true,
  },
  { source: 'CharterTimelock.sol', contract: 'TimelockController', name: 'timelockController', viaIR: false },
  {
    source: 'CharterExpiringCanceller.sol',
    contract: 'CharterExpiringCanceller',
    name: 'charterExpiringCanceller',
    viaIR: false,
  },
  { source: 'CharterCompVotes.sol', contract: 'CharterCompVotes', name: 'charterCompVotes', viaIR: false },
] as const;

/** The names of the artifacts copied from @uniswap/governance, after the compiled ones, in their order. */
const copied = ['compoundTimelock', 'uni'] as const;

/** Where solc's output holds a contract: under the file that defines it. */
const definedIn: Record<string, string> = {
  TimelockController: '@openzeppelin/contracts/governance/TimelockController.sol',
};

/** One compiled contract: its ABI and creation bytecode (0x-prefixed hex, without constructor arguments). */
export interface ContractArtifact {
  contractName: string;
  abi: unknown[];
  bytecode: string;
}

interface SolcOutput {
  errors?: { severity: string; formattedMessage: string }[];
  contracts: Record<string, Record<string, { abi: unknown[]; evm: { bytecode: { object: string } } }>>;
}

function readImport(path: string): { contents: string } | { error: string } {
  try {
    if (path.startsWith('@openzeppelin/')) return { contents: readFileSync(require.resolve(path), 'utf8') };
    return { contents: readFileSync(`${contractsDir}${path}`, 'utf8') };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function sourceText(file: string): string {
  // OpenZeppelin's TimelockController is compiled as it ships, through a one-line import.
  if (file === 'CharterTimelock.sol')
    return '// SPDX-License-Identifier: MIT\npragma solidity ^0.8.24;\nimport {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";\n';
  return readFileSync(`${contractsDir}${file}`, 'utf8');
}

/**
 * solc's standard-JSON input for some sources. As TOOLCHAIN.md records, OpenZeppelin 5.7 needs cancun (mcopy), and
 * the optimizer (200 runs) keeps the Governors under the 24,576-byte code limit.
 */
function solcInput(files: readonly string[], viaIR: boolean) {
  const sources: Record<string, { content: string }> = {};
  for (const file of files) sources[file] = { content: sourceText(file) };
  return {
    language: 'Solidity',
    sources,
    settings: {
      ...(viaIR ? { viaIR: true } : {}),
      optimizer: { enabled: true, runs: 200 },
      evmVersion: 'cancun',
      outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
    },
  };
}

/**
 * Every .sol file the sources import, recursively, as `path: text`; part of the cache key, so that a changed
 * OpenZeppelin file is a new compile.
 */
function importedTexts(files: readonly string[]): string[] {
  const seen = new Map<string, string>();
  const visit = (path: string, text: string) => {
    if (seen.has(path)) return;
    seen.set(path, text);
    for (const match of text.matchAll(/import\s[^;]*?["']([^"']+)["']/g)) {
      let next = match[1]!;
      if (next.startsWith('.')) next = new URL(next, `file:///${path}`).pathname.slice(1);
      const read = readImport(next);
      if ('contents' in read) visit(next, read.contents);
    }
  };
  for (const file of files) visit(file, sourceText(file));
  return [...seen].map(([path, text]) => `${path}:${text}`);
}

/** Compiles one solc input, or reads the cached output of an identical one. Throws on any compiler error. */
function compileCached(files: readonly string[], viaIR: boolean): SolcOutput {
  const solc = require('solc') as { version(): string; compile(input: string, callbacks: object): string };
  const input = JSON.stringify(solcInput(files, viaIR));
  const hash = createHash('sha256').update(solc.version()).update(input);
  for (const text of importedTexts(files)) hash.update(text);
  const cacheName = `${hash.digest('hex')}.json`;
  const cached = readSolcCache<SolcOutput>(cacheName);
  if (cached !== undefined) return cached;
  const output: SolcOutput = JSON.parse(solc.compile(input, { import: readImport }));
  const errors = (output.errors ?? []).filter((error) => error.severity === 'error');
  if (errors.length > 0) throw new Error(`solc: ${errors.map((error) => error.formattedMessage).join('\n')}`);
  writeSolcCache(cacheName, output);
  return output;
}

/**
 * Compiles the reference contracts and the TimelockController with solc-js, each input cached by the hash of the
 * solc version, the input and every file it imports. Throws on any compiler error.
 */
export function compileContracts(): ContractArtifact[] {
  const outputs = new Map<boolean, SolcOutput>();
  for (const viaIR of [false, true]) {
    const files = wanted.filter((entry) => entry.viaIR === viaIR).map((entry) => entry.source);
    outputs.set(viaIR, compileCached(files, viaIR));
  }
  const compiled = wanted.map(({ source, contract, viaIR }) => {
    const output = outputs.get(viaIR)!.contracts[definedIn[contract] ?? source]?.[contract];
    if (!output) throw new Error(`solc: no ${contract} in ${source}`);
    return { contractName: contract, abi: output.abi, bytecode: `0x${output.evm.bytecode.object}` };
  });
  return [...compiled, uniswapBuild('Timelock'), uniswapBuild('Uni')];
}

/**
 * Compound's Timelock (GRACE_PERIOD 14 days, MINIMUM_DELAY 2 days, MAXIMUM_DELAY 30 days) and UNI (Uni.sol: Comp.sol's
 * checkpointed votes, getPriorVotes and getCurrentVotes, with a minter) as Uniswap compiled and deployed them for
 * GovernorAlpha in 2020 (npm @uniswap/governance 1.0.2, MIT, solc 0.5.16): copied, not recompiled, so that
 * CharterCompoundGovernor runs over the Timelock, and `charter verify` counts the Compound-style votes, that
 * Compound-style DAOs deployed.
 */
function uniswapBuild(contractName: 'Timelock' | 'Uni'): ContractArtifact {
  const { abi, bytecode } = require(`@uniswap/governance/build/${contractName}.json`) as {
    abi: unknown[];
    bytecode: string;
  };
  return { contractName, abi, bytecode: bytecode.startsWith('0x') ? bytecode : `0x${bytecode}` };
}

/** The generated module's text for these artifacts. */
export function artifactsModule(artifacts: readonly ContractArtifact[]): string {
  const lines = [
    '/* Generated by `node scripts/compile-contracts.ts` (solc-js 0.8.37, optimizer 200 runs, evmVersion cancun;',
    ' * viaIR for the Governors) from compiler/targets/openzeppelin/contracts/*.sol and OpenZeppelin Contracts 5.7, and',
    " * Compound's Timelock and UNI as @uniswap/governance 1.0.2 ships them. Do not edit. */",
  ];
  artifacts.forEach((artifact, index) => {
    const name = wanted[index]?.name ?? copied[index - wanted.length];
    lines.push(
      '',
      `/** ${artifact.contractName}: its ABI and creation bytecode (constructor arguments go after it). */`,
      `export const ${name}Artifact = {`,
      `  contractName: ${JSON.stringify(artifact.contractName)},`,
      `  abi: ${JSON.stringify(artifact.abi)},`,
      `  bytecode: ${JSON.stringify(artifact.bytecode)},`,
      '} as const;',
    );
  });
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = artifactsModule(compileContracts());
  if (process.argv.includes('--check')) {
    if (readFileSync(artifactsPath, 'utf8') !== text) {
      console.error(
        'compiler/generated/openzeppelin-contracts.ts is stale: run node scripts/compile-contracts.ts',
      );
      process.exit(1);
    }
  } else writeFileSync(artifactsPath, text);
}
