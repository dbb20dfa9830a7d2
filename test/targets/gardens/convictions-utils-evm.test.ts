// Charter's port of Gardens' ConvictionsUtils against the real library: its Solidity (1Hive/gardens-v2 at 15ad3748,
// in contracts/ beside this file) compiled with solc-js and called in the in-process EVM, on random inputs,
// including ones where the contract reverts. The two must give the same number, or both revert.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { type Abi, type Address, decodeFunctionResult, encodeFunctionData, type Hex } from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convictionGardens as port } from '../../../compiler/simulate/mechanisms/conviction-gardens.ts';
import { type Chain, openChain } from '../../../compiler/verify/open-chain.ts';
import { readSolcCache, writeSolcCache } from '../../../compiler/verify/solc-cache.ts';

const require = createRequire(import.meta.url);
const source = readFileSync(new URL('./contracts/ConvictionsUtils.sol', import.meta.url), 'utf8');

/** solc-js output for the library, cached by the hash of solc's version, the source and OpenZeppelin's Math. */
function compileLibrary(): { abi: Abi; bytecode: Hex } {
  const solc = require('solc') as { version(): string; compile(input: string, callbacks: object): string };
  const readImport = (path: string) => ({ contents: readFileSync(require.resolve(path), 'utf8') });
  const input = JSON.stringify({
    language: 'Solidity',
    sources: { 'ConvictionsUtils.sol': { content: source } },
    settings: {
      optimizer: { enabled: true, runs: 200 },
      evmVersion: 'cancun',
      outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
    },
  });
  const math = readImport('@openzeppelin/contracts/utils/math/Math.sol').contents;
  const key = createHash('sha256').update(solc.version()).update(input).update(math).digest('hex');
  const cacheName = `gardens-${key}.json`;
  type Output = {
    contracts: Record<string, Record<string, { abi: Abi; evm: { bytecode: { object: string } } }>>;
  };
  let output = readSolcCache<Output>(cacheName);
  if (output === undefined) {
    const compiled: Output = JSON.parse(solc.compile(input, { import: readImport }));
    writeSolcCache(cacheName, compiled);
    output = compiled;
  }
  const library = output.contracts['ConvictionsUtils.sol']!.ConvictionsUtils!;
  return { abi: library.abi, bytecode: `0x${library.evm.bytecode.object}` };
}

let chain: Chain;
let address: Address;
let abi: Abi;

beforeAll(async () => {
  const compiled = compileLibrary();
  abi = compiled.abi;
  chain = await openChain();
  const hash = await chain.send({ from: chain.deployer, data: compiled.bytecode, gas: 30_000_000n });
  await chain.mine();
  address = (await chain.receipt(hash)).contractAddress!;
}, 180_000);

afterAll(async () => {
  await chain?.close();
});

/**
 * The library's answer, or undefined when the call reverts. Each function returns one uint256, 32 bytes; anything
 * else is revert data (a Panic's 36 bytes, a custom error's 4, or none).
 */
async function real(functionName: string, args: bigint[]): Promise<bigint | undefined> {
  const data = encodeFunctionData({ abi, functionName, args });
  let result: Hex;
  try {
    result = await chain.call(address, data);
  } catch {
    return undefined;
  }
  if (result.length !== 2 + 64) return undefined;
  return decodeFunctionResult({ abi, functionName, data: result }) as bigint;
}

const uint = (bits: number) => fc.bigInt({ min: 0n, max: (1n << BigInt(bits)) - 1n });
const decay = fc.oneof(
  fc.bigInt({ min: 0n, max: 9_999_999n }),
  fc.constantFrom(9_999_799n, 9_999_518n, 10_000_000n),
);

describe("Charter's port of ConvictionsUtils equals the real library in the EVM", () => {
  it('calculateConviction, over stakes up to 2^140 (past where it overflows) and up to 2^40 blocks', async () => {
    const seen = { value: 0, revert: 0 };
    await fc.assert(
      fc.asyncProperty(uint(40), uint(140), uint(140), decay, async (t, last, amount, a) => {
        const expected = await real('calculateConviction', [t, last, amount, a]);
        seen[expected === undefined ? 'revert' : 'value']++;
        expect(port.calculateConviction(t, last, amount, a)).toBe(expected);
      }),
      { numRuns: 150 },
    );
    // Both sides were tried: answers and reverts.
    expect(seen.value > 10 && seen.revert > 10).toBe(true);
  }, 120_000);

  it('calculateThreshold, with requests on both sides of maxRatio, empty pools and overflowing points', async () => {
    const seen = { value: 0, never: 0, revert: 0 };
    await fc.assert(
      fc.asyncProperty(
        uint(100), // pool
        fc.integer({ min: 0, max: 1_300 }), // request, in thousandths of maxRatio of the pool
        fc.oneof(uint(100), uint(200)), // points
        decay,
        fc.bigInt({ min: 0n, max: 10_000_000n }), // weight
        fc.bigInt({ min: 1n, max: 20_000_000n }), // maxRatio
        uint(100), // minThresholdPoints
        async (pool, share, points, a, weight, maxRatio, minThresholdPoints) => {
          const requested = (pool * maxRatio * BigInt(share)) / (10_000_000n * 1000n);
          const args = [requested, pool, points, a, weight, maxRatio, minThresholdPoints];
          const expected = await real('calculateThreshold', args);
          seen[expected === undefined ? 'revert' : expected === port.maxUint256 ? 'never' : 'value']++;
          const mine = port.calculateThreshold({
            requestedAmount: requested,
            poolAmount: pool,
            totalPointsActivated: points,
            decay: a,
            weight,
            maxRatio,
            minThresholdPoints,
          });
          expect(mine).toBe(expected);
        },
      ),
      { numRuns: 150 },
    );
    expect(seen.value > 10 && seen.never > 10 && seen.revert > 0).toBe(true);
  }, 120_000);

  it('getMaxConviction and calculateThresholdOverride', async () => {
    await fc.assert(
      fc.asyncProperty(uint(240), decay, async (amount, a) => {
        expect(port.getMaxConviction(amount, a)).toBe(await real('getMaxConviction', [amount, a]));
        expect(port.calculateThresholdOverride(a, amount)).toBe(
          await real('calculateThresholdOverride', [a, amount]),
        );
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
