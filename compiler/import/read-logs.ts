import type { BaseError } from 'viem';
import type { ChainReader } from './contract-reader.ts';

type GetLogsParameters = Parameters<ChainReader['getLogs']>[0];

/**
 * Whether a node refused eth_getLogs for the size of the range or of the answer rather than for the request itself:
 * providers cap both (code -32005 "limit exceeded"; "query returned more than 10000 results", "block range is too
 * wide", "exceed maximum block range: 50000"...), each in its own words.
 */
function tooLarge(error: unknown): boolean {
  const walked = [error, ...((error as BaseError)?.walk ? [(error as BaseError).walk()] : [])];
  return walked.some((cause) => {
    const { code, message, details } = (cause ?? {}) as { code?: number; message?: string; details?: string };
    return (
      code === -32005 ||
      /block range|range (is )?too|too (large|wide|many)|more than \d+ (results|logs)|limit exceeded|exceeds? (the )?max/i.test(
        `${message ?? ''} ${details ?? ''}`,
      )
    );
  });
}

/**
 * eth_getLogs from `fromBlock` to the newest block, as one request when the node answers it, else in consecutive
 * windows that halve until the node accepts them (and stay that size): a node that caps the range or the answer still
 * gives every log, in chain order. Any other error is thrown as it came.
 */
export async function readLogs<T = unknown>(
  client: ChainReader,
  parameters: Omit<NonNullable<GetLogsParameters>, 'fromBlock' | 'toBlock' | 'blockHash'> & {
    fromBlock: bigint;
  },
): Promise<T[]> {
  const get = (fromBlock: bigint, toBlock: bigint | 'latest') =>
    client.getLogs({ ...parameters, fromBlock, toBlock } as never) as unknown as Promise<T[]>;
  try {
    return await get(parameters.fromBlock, 'latest');
  } catch (error) {
    if (!tooLarge(error)) throw error;
  }
  const head = (await client.getBlock({ blockTag: 'latest' })).number;
  const logs: T[] = [];
  let start = parameters.fromBlock;
  let span = head - start + 1n;
  while (start <= head) {
    const end = start + span - 1n < head ? start + span - 1n : head;
    try {
      logs.push(...(await get(start, end)));
      start = end + 1n;
    } catch (error) {
      if (!tooLarge(error) || span === 1n) throw error;
      span = (span + 1n) / 2n;
    }
  }
  return logs;
}
