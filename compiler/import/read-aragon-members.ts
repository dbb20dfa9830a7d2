import { type Address, getAddress, parseAbi } from 'viem';
import type { ChainReader, ContractReader } from './contract-reader.ts';
import { ImportRefusal } from './import-refusal.ts';
import { readLogs } from './read-logs.ts';

interface MemberLog {
  eventName: string;
  args: { members: readonly Address[] };
  blockNumber: bigint | null;
  logIndex: number | null;
}

// osx v1.3.0 core/plugin/membership/IMembership.sol and plugins/utils/Addresslist.sol (Multisig, AddresslistVoting).
const addresslistAbi = parseAbi([
  'event MembersAdded(address[] members)',
  'event MembersRemoved(address[] members)',
  'function isListed(address account) view returns (bool)',
  'function addresslistLength() view returns (uint256)',
]);

/**
 * The members of an Aragon address list (Multisig, AddresslistVoting): Addresslist keeps a checkpointed count and a
 * per-address flag but no enumeration, so the list is replayed from MembersAdded and MembersRemoved since `fromBlock`,
 * in chain order, then checked: every member replayed must be isListed() and their number addresslistLength(). When
 * the events do not add up (read from too late a block), the read is refused with the reason, never guessed.
 */
export async function readAragonMembers(
  client: ChainReader,
  reader: ContractReader,
  plugin: Address,
  fromBlock: bigint,
): Promise<Address[]> {
  const logs = await readLogs<MemberLog>(client, {
    address: plugin,
    events: addresslistAbi.filter((item) => item.type === 'event'),
    fromBlock,
  } as never);
  const ordered = [...logs].sort((a, b) =>
    a.blockNumber === b.blockNumber
      ? (a.logIndex ?? 0) - (b.logIndex ?? 0)
      : (a.blockNumber ?? 0n) < (b.blockNumber ?? 0n)
        ? -1
        : 1,
  );
  const members: Address[] = [];
  for (const log of ordered) {
    const listed = (log.args as { members: readonly Address[] }).members.map((member) => getAddress(member));
    if (log.eventName === 'MembersAdded')
      members.push(...listed.filter((member) => !members.includes(member)));
    else
      for (const member of listed) members.splice(members.indexOf(member), members.includes(member) ? 1 : 0);
  }
  const [length, flags] = await Promise.all([
    reader.read<bigint>(addresslistAbi, plugin, 'addresslistLength'),
    Promise.all(members.map((member) => reader.read<boolean>(addresslistAbi, plugin, 'isListed', [member]))),
  ]);
  if (length !== BigInt(members.length) || flags.some((listed) => !listed))
    throw new ImportRefusal({
      code: 'aragon-members-incomplete',
      en: `The plugin ${plugin} lists ${length} members, but its MembersAdded and MembersRemoved events from block ${fromBlock} give ${members.length}${flags.some((listed) => !listed) ? ', some no longer listed' : ''}: read its events from an earlier block (--from-block).`,
      ko: `플러그인 ${plugin}에는 구성원이 ${length}명 등록되어 있지만, 블록 ${fromBlock}부터 읽은 MembersAdded·MembersRemoved 이벤트로는 ${members.length}명${flags.some((listed) => !listed) ? '이고 그중 일부는 더 이상 등록되어 있지 않습니다' : '입니다'}. 더 이른 블록부터 이벤트를 읽으세요(--from-block).`,
    });
  return members;
}
