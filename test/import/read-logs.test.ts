// readLogs against a node that caps eth_getLogs: every log comes back, once, in chain order, however the node words
// its refusal; any other failure is not retried.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChainReader } from '../../compiler/import/contract-reader.ts';
import { readLogs } from '../../compiler/import/read-logs.ts';

interface FakeLog {
  blockNumber: bigint;
}

/** A node with one log in each of `blocks`, head `head`, refusing ranges wider than `cap` blocks with `refusal`. */
function cappedNode(blocks: bigint[], head: bigint, cap: bigint, refusal: Error) {
  const calls: [bigint, bigint][] = [];
  const client = {
    async getLogs({ fromBlock, toBlock }: { fromBlock: bigint; toBlock: bigint | 'latest' }) {
      const to = toBlock === 'latest' ? head : toBlock;
      calls.push([fromBlock, to]);
      if (to - fromBlock + 1n > cap) throw refusal;
      // In chain order, as nodes answer.
      return blocks
        .filter((block) => block >= fromBlock && block <= to)
        .sort((a, b) => (a < b ? -1 : 1))
        .map((blockNumber) => ({ blockNumber }));
    },
    async getBlock() {
      return { number: head };
    },
  } as unknown as ChainReader;
  return { client, calls };
}

const refusals = [
  Object.assign(new Error('Log response size exceeded.'), { code: -32005 }),
  new Error('query returned more than 10000 results'),
  new Error('eth_getLogs block range is too wide: max 50000'),
  new Error('exceed maximum block range: 2000'),
];

describe('readLogs', () => {
  it('gives every log once, in chain order, from a node that caps the range, whatever its words', () =>
    fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.bigInt({ min: 0n, max: 1_000n }), { maxLength: 40 }),
        fc.bigInt({ min: 1n, max: 1_200n }),
        fc.bigInt({ min: 0n, max: 400n }),
        fc.constantFrom(...refusals),
        async (blocks, cap, fromBlock, refusal) => {
          const { client, calls } = cappedNode(blocks, 1_000n, cap, refusal);
          const logs = await readLogs<FakeLog>(client, { fromBlock });
          const wanted = blocks.filter((block) => block >= fromBlock).sort((a, b) => (a < b ? -1 : 1));
          expect(logs.map((log) => log.blockNumber)).toEqual(wanted);
          // Each accepted window is within the cap; the windows tile the range without overlap.
          const accepted = calls.filter(([from, to]) => to - from + 1n <= cap);
          for (const [index, [from]] of accepted.entries())
            expect(from).toBe(index === 0 ? fromBlock : accepted[index - 1]![1] + 1n);
        },
      ),
      { numRuns: 50 },
    ));

  it('asks once when the node answers, and does not retry another failure', async () => {
    const { client, calls } = cappedNode([7n], 100n, 1_000n, refusals[0]!);
    expect(await readLogs<FakeLog>(client, { fromBlock: 0n })).toEqual([{ blockNumber: 7n }]);
    expect(calls).toEqual([[0n, 100n]]);
    const down = cappedNode([7n], 100n, 10n, new Error('fetch failed'));
    await expect(readLogs(down.client, { fromBlock: 0n })).rejects.toThrow('fetch failed');
    expect(down.calls).toHaveLength(1);
  });
});
