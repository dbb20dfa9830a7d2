// A Safe's owners are set up in its creation transaction, one new storage slot each: past some number the creation
// no longer fits a block and the Safe can never be made. The Safe target refuses past that number, and this proves the
// number on Safe v1.4.1's own contracts.
import { readFileSync } from 'node:fs';
import { type Address, encodeFunctionData, getAddress, zeroAddress } from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile/compile.ts';
import { readSafeEntries } from '../../compiler/targets/safe/read-safe-entries.ts';
import { safeSetupAbi } from '../../compiler/targets/safe/safe-abi.ts';
import { type Chain, openChain } from '../../compiler/verify/open-chain.ts';
import { safeContract } from '../../compiler/verify/safe/safe-contracts.ts';

const template = JSON.parse(
  readFileSync(
    new URL('../../rules-schema/examples/team-treasury-safe.charter.json', import.meta.url),
    'utf8',
  ),
);

/** The `index`-th owner: an address with no zero byte, whose calldata costs the most gas (16 per byte). */
function owner(index: number): Address {
  let tail = '';
  for (let digit = 0, rest = index; digit < 4; digit++, rest = Math.floor(rest / 255))
    tail = ((rest % 255) + 1).toString(16).padStart(2, '0') + tail;
  return getAddress(`0x${'ee'.repeat(16)}${tail}`);
}

/** The working-group template with `count` owners, every one of whom must confirm. */
function safeWithOwners(count: number) {
  const document = structuredClone(template);
  for (const node of document.nodes) {
    if (node.kind === 'signers')
      node.params.signers = Array.from({ length: count }, (_, index) => owner(index));
    if (node.kind === 'multisig') node.params.threshold = count;
  }
  const compiled = compile(document);
  if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join('\n'));
  return compiled.config;
}

describe('a Safe with too many owners to create in one block', () => {
  it('is refused by the Safe target past 1,267 owners, with the measured gas in the message', () => {
    const refused = safeWithOwners(1_268).targets.safe!;
    expect(refused.verdict).not.toBe('supported');
    expect(refused.problems).toEqual([
      expect.objectContaining({
        code: 'target-out-of-range',
        message:
          'Stewards and secretary (4): a Safe with 1,268 owners cannot be created: each owner costs about 23,488 gas ' +
          'to set up, so at most 1,267 fit a 30-million-gas block. Give the Safe fewer owners (a council elected by ' +
          'the rest), or let them vote with a Members list.',
      }),
    ]);
    expect(safeWithOwners(1_267).targets.safe!.verdict).toBe('supported');
  });

  describe('on Safe v1.4.1 in an in-process EVM', () => {
    let chain: Chain;
    let singleton: Address;
    let factory: Address;
    const factoryAbi = safeContract('SafeProxyFactory').abi;

    beforeAll(async () => {
      chain = await openChain();
      const hashes: `0x${string}`[] = [];
      for (const name of ['SafeL2', 'SafeProxyFactory'] as const)
        hashes.push(
          await chain.send({ from: chain.deployer, data: safeContract(name).bytecode, gas: 30_000_000n }),
        );
      await chain.mine();
      singleton = (await chain.receipt(hashes[0]!)).contractAddress!;
      factory = (await chain.receipt(hashes[1]!)).contractAddress!;
    });
    afterAll(() => chain?.close());

    async function creationGas(setupCalldata: `0x${string}`, salt: bigint) {
      const data = encodeFunctionData({
        abi: factoryAbi,
        functionName: 'createProxyWithNonce',
        args: [singleton, setupCalldata, salt],
      });
      const hash = await chain.send({ from: chain.deployer, to: factory, data, gas: 900_000_000n });
      await chain.mine();
      const receipt = await chain.receipt(hash);
      expect(receipt.status).toBe('success');
      return receipt.gasUsed;
    }

    it('creates the largest Safe the target emits within 30 million gas, and one more owner does not fit', async () => {
      const [largest] = readSafeEntries(safeWithOwners(1_267));
      const fits = await creationGas(largest!.setupCalldata, 1n);
      expect(fits).toBeLessThanOrEqual(30_000_000n);
      // One owner more, encoded here with viem from the list (the target refuses to emit it).
      const owners = Array.from({ length: 1_268 }, (_, index) => owner(index));
      const oneMore = encodeFunctionData({
        abi: safeSetupAbi,
        functionName: 'setup',
        args: [owners, 1_268n, zeroAddress, '0x', largest!.fallbackHandler, zeroAddress, 0n, zeroAddress],
      });
      expect(await creationGas(oneMore, 2n)).toBeGreaterThan(30_000_000n);
    });

    it('costs about 23,500 gas per owner', async () => {
      const one = await creationGas(readSafeEntries(safeWithOwners(1))[0]!.setupCalldata, 3n);
      const many = await creationGas(readSafeEntries(safeWithOwners(1_001))[0]!.setupCalldata, 4n);
      expect(one).toBe(258_895n);
      expect((many - one) / 1_000n).toBe(23_488n);
    });
  });
});
