import { type Address, getAddress, parseAbi } from 'viem';
import type { AragonMajorityFacts, AragonPluginFacts } from './aragon-facts.ts';
import type { ChainReader, ContractReader } from './contract-reader.ts';
import { readAragonMembers } from './read-aragon-members.ts';
import { readLogs } from './read-logs.ts';
import { readTokenFacts } from './read-token-facts.ts';

// The getters of Aragon OSx's governance plugins: MajorityVotingBase, TokenVoting, AddresslistVoting and Multisig
// (osx v1.3.0 plugins/governance/; aragon/token-voting-plugin v1.3+ adds minApproval() and, in build 4,
// ExcludedFromSupply; aragon/multisig-plugin keeps multisigSettings()).
const pluginAbi = parseAbi([
  'function dao() view returns (address)',
  'function multisigSettings() view returns (bool onlyListed, uint16 minApprovals)',
  'function getVotingToken() view returns (address)',
  'function addresslistLength() view returns (uint256)',
  'function votingMode() view returns (uint8)',
  'function supportThreshold() view returns (uint32)',
  'function minParticipation() view returns (uint32)',
  'function minDuration() view returns (uint64)',
  'function minProposerVotingPower() view returns (uint256)',
  'function minApproval() view returns (uint256)',
  'event ExcludedFromSupply(address[] accounts)',
]);
const wrapperAbi = parseAbi(['function underlying() view returns (address)']);

/** Which governance plugin answers at an address: told by the getters only that kind has. */
export type AragonPluginKind = AragonPluginFacts['plugin'] | 'other';

/**
 * What kind of Aragon plugin `at` is: Multisig (it answers multisigSettings()), TokenVoting (getVotingToken()),
 * AddresslistVoting (supportThreshold() and addresslistLength()), another plugin (only dao(), which every OSx plugin
 * has), or undefined when it answers none of these.
 */
export async function aragonPluginKind(
  reader: ContractReader,
  at: Address,
): Promise<AragonPluginKind | undefined> {
  const [settings, token, threshold, length, dao] = await Promise.all(
    (['multisigSettings', 'getVotingToken', 'supportThreshold', 'addresslistLength', 'dao'] as const).map(
      (getter) => reader.optional<unknown>(pluginAbi, at, getter),
    ),
  );
  if (settings !== undefined) return 'multisig';
  if (token !== undefined) return 'token-voting';
  if (threshold !== undefined && length !== undefined) return 'addresslist-voting';
  if (dao !== undefined) return 'other';
  return undefined;
}

/** The DAO a plugin belongs to (its dao()). */
export async function pluginDao(reader: ContractReader, at: Address): Promise<Address> {
  return getAddress(await reader.required<Address>(pluginAbi, at, 'dao', 'The Aragon plugin'));
}

async function majorityFacts(
  reader: ContractReader,
  at: Address,
  what: string,
): Promise<AragonMajorityFacts> {
  const required = <T>(getter: string) => reader.required<T>(pluginAbi, at, getter, what);
  const [votingMode, supportThreshold, minParticipation, minDuration, minProposerVotingPower] =
    await Promise.all([
      required<number>('votingMode'),
      required<number>('supportThreshold'),
      required<number>('minParticipation'),
      required<bigint>('minDuration'),
      required<bigint>('minProposerVotingPower'),
    ]);
  return {
    votingMode: Number(votingMode),
    supportThreshold: Number(supportThreshold),
    minParticipation: Number(minParticipation),
    minDuration,
    minProposerVotingPower,
  };
}

/**
 * Reads a TokenVoting, Multisig or AddresslistVoting plugin through its getters: its settings, its voting token (with
 * the ERC-20 it wraps, when it is a GovernanceWrappedERC20, and the accounts build 4 leaves out of the supply) or its
 * members (replayed from events since `fromBlock` and checked against the list). Throws an ImportRefusal when the
 * members cannot be read exactly, and a GovernorReadError when a getter that plugin must have is missing.
 */
export async function readAragonPlugin(
  client: ChainReader,
  reader: ContractReader,
  at: Address,
  plugin: AragonPluginFacts['plugin'],
  fromBlock: bigint,
): Promise<AragonPluginFacts> {
  const address = getAddress(at);
  if (plugin === 'multisig') {
    const [[onlyListed, minApprovals], members] = await Promise.all([
      reader.required<readonly [boolean, number]>(pluginAbi, address, 'multisigSettings', 'The Multisig'),
      readAragonMembers(client, reader, address, fromBlock),
    ]);
    return { plugin: 'multisig', address, onlyListed, minApprovals: Number(minApprovals), members };
  }
  if (plugin === 'addresslist-voting') {
    const [settings, members] = await Promise.all([
      majorityFacts(reader, address, 'The AddresslistVoting'),
      readAragonMembers(client, reader, address, fromBlock),
    ]);
    return { plugin: 'addresslist-voting', address, ...settings, members };
  }
  const tokenAddress = getAddress(
    await reader.required<Address>(pluginAbi, address, 'getVotingToken', 'The TokenVoting'),
  );
  const [settings, minApproval, token, underlying, excluded] = await Promise.all([
    majorityFacts(reader, address, 'The TokenVoting'),
    reader.optional<bigint>(pluginAbi, address, 'minApproval'),
    readTokenFacts(reader, tokenAddress),
    reader.optional<Address>(wrapperAbi, tokenAddress, 'underlying'),
    readLogs<{ args: { accounts?: readonly Address[] } }>(client, {
      address,
      event: pluginAbi.find((item) => item.type === 'event' && item.name === 'ExcludedFromSupply')!,
      fromBlock,
    } as never),
  ]);
  const excludedAccounts = excluded.flatMap((log) =>
    (log.args.accounts ?? []).map((account) => getAddress(account)),
  );
  return {
    plugin: 'token-voting',
    address,
    ...settings,
    token,
    ...(minApproval === undefined ? {} : { minApproval }),
    ...(underlying === undefined ? {} : { underlying: getAddress(underlying) }),
    excludedAccounts,
  };
}
