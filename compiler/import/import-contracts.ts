import { type Address, getAddress, parseAbi } from 'viem';
import { type ChainReader, contractReader } from './contract-reader.ts';
import { governorDocument, type ImportResult } from './governor-document.ts';
import { GovernorReadError } from './governor-read-error.ts';
import { aragonAddressKind, type ImportAragonOptions, importAragon } from './import-aragon.ts';
import { type ReadGovernorOptions, readGovernorFacts } from './read-governor-facts.ts';
import { readSafeFacts } from './read-safe-facts.ts';
import { safeDocument } from './safe-document.ts';

// One getter each family has and the others lack.
const probeAbi = parseAbi([
  'function COUNTING_MODE() view returns (string)',
  'function quorumVotes() view returns (uint256)',
  'function getThreshold() view returns (uint256)',
]);

/**
 * Reads whatever governs at `address` and rebuilds the rule document it runs: an OpenZeppelin Governor (it answers
 * COUNTING_MODE()), a Governor Bravo or Alpha (quorumVotes()), a Safe (getThreshold()), or an Aragon OSx DAO or one of
 * its plugins (importAragon). Throws a GovernorReadError that names the getters it tried when the address is none of
 * these.
 */
export async function importContracts(
  client: ChainReader,
  address: Address,
  options: ReadGovernorOptions & ImportAragonOptions = {},
): Promise<ImportResult> {
  const at = getAddress(address);
  const reader = contractReader(client);
  const [countingMode, quorumVotes, threshold] = await Promise.all(
    (['COUNTING_MODE', 'quorumVotes', 'getThreshold'] as const).map((getter) =>
      reader.optional<unknown>(probeAbi, at, getter),
    ),
  );
  if (countingMode !== undefined || quorumVotes !== undefined)
    return governorDocument(await readGovernorFacts(client, at, options));
  if (threshold !== undefined) return safeDocument(await readSafeFacts(client, at, options));
  const aragon = await aragonAddressKind(client, at);
  if (aragon !== undefined) return importAragon(client, at, aragon, options);
  throw new GovernorReadError(
    `The contract at ${at} has no COUNTING_MODE() (an OpenZeppelin Governor has it), no quorumVotes() (a Governor Bravo has it), no getThreshold() (a Safe has it), and neither EXECUTE_PERMISSION_ID() (an Aragon DAO has it) nor dao() (an Aragon plugin has it)`,
    undefined,
  );
}
