import type { ChainReader } from './contract-reader.ts';
import type { BlockTimeFact } from './governor-facts.ts';
import { GovernorReadError } from './governor-read-error.ts';
import { knownBlockSeconds } from './known-block-times.ts';

/**
 * The seconds per block that turn block counts into time: the one given, the chain's known fixed figure, or the
 * mean spacing of the last `measureBlocks` blocks (1,000 by default), rounded to hundredths.
 */
export async function readBlockTime(
  client: ChainReader,
  chainId: number,
  options: { blockSeconds?: number; measureBlocks?: bigint },
): Promise<BlockTimeFact> {
  if (options.blockSeconds !== undefined) return { seconds: options.blockSeconds, source: 'given' };
  const known = knownBlockSeconds(chainId);
  if (known !== undefined) return { seconds: known, source: 'known' };
  const head = await client.getBlock({ blockTag: 'latest' });
  const wanted = options.measureBlocks ?? 1000n;
  const span = head.number < wanted ? head.number : wanted;
  if (span === 0n)
    throw new GovernorReadError(
      `Chain ${chainId} has no block time Charter knows and too few blocks to measure one; give the seconds per block.`,
      undefined,
    );
  const start = await client.getBlock({ blockNumber: head.number - span });
  const seconds = Number(head.timestamp - start.timestamp) / Number(span);
  return {
    seconds: Math.max(0.01, Math.round(seconds * 100) / 100),
    source: 'measured',
    blocks: { from: start.number, to: head.number },
  };
}
