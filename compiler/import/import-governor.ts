import type { Address } from 'viem';
import { governorDocument, type ImportResult } from './governor-document.ts';
import { type ChainReader, type ReadGovernorOptions, readGovernorFacts } from './read-governor-facts.ts';

/**
 * Reads a deployed Governor (OpenZeppelin's, or Compound's Bravo or Alpha, with its token and timelock) and rebuilds the rule document it
 * runs; notes list what the chain could not say. Throws a GovernorReadError when the address is not such a Governor.
 */
export async function importGovernor(
  client: ChainReader,
  address: Address,
  options: ReadGovernorOptions = {},
): Promise<ImportResult> {
  return governorDocument(await readGovernorFacts(client, address, options));
}
