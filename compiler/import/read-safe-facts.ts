import { type Address, getAddress, type Hex, hexToBigInt, parseAbi, sliceHex, zeroAddress } from 'viem';
import { type ChainReader, contractReader } from './contract-reader.ts';
import { readBlockTime } from './read-block-time.ts';
import type { SafeFacts } from './safe-facts.ts';

// Safe v1.3.0 and v1.4.1 (safe-global/safe-smart-account): OwnerManager, ModuleManager, GuardManager.
const safeAbi = parseAbi([
  'function VERSION() view returns (string)',
  'function getOwners() view returns (address[])',
  'function getThreshold() view returns (uint256)',
  'function getModulesPaginated(address start, uint256 pageSize) view returns (address[] array, address next)',
  'function getStorageAt(uint256 offset, uint256 length) view returns (bytes)',
]);

/** The modules' linked list starts and ends at this sentinel (ModuleManager.SENTINEL_MODULES). */
const sentinel: Address = '0x0000000000000000000000000000000000000001';
/** Where GuardManager keeps the guard: keccak256("guard_manager.guard.address"). */
const guardSlot = 0x4a204f620c8c5ccdca3fd54d003badd85ba500436a431f0cbda4f558c93c34c8n;

/**
 * Reads a Safe: its version, owners, threshold, every enabled module (the list is paged from the sentinel until it
 * comes back) and its guard (read through the Safe's own getStorageAt, as Safe's tools do). Throws a
 * GovernorReadError naming the getter when the address is not a Safe.
 */
export async function readSafeFacts(
  client: ChainReader,
  address: Address,
  options: { blockSeconds?: number; measureBlocks?: bigint } = {},
): Promise<SafeFacts> {
  const safe = getAddress(address);
  const reader = contractReader(client);
  const chainId = await client.getChainId();
  const [version, owners, threshold] = await Promise.all([
    reader.required<string>(safeAbi, safe, 'VERSION', 'The Safe'),
    reader.required<readonly Address[]>(safeAbi, safe, 'getOwners', 'The Safe'),
    reader.required<bigint>(safeAbi, safe, 'getThreshold', 'The Safe'),
  ]);
  const modules: Address[] = [];
  let start = sentinel;
  for (let page = 0; page < 100; page += 1) {
    const [array, next] = await reader.read<readonly [readonly Address[], Address]>(
      safeAbi,
      safe,
      'getModulesPaginated',
      [start, 50n],
    );
    modules.push(...array.map((module) => getAddress(module)));
    if (next === sentinel || next === zeroAddress || array.length === 0) break;
    start = next;
  }
  const guardWord = await reader.optional<Hex>(safeAbi, safe, 'getStorageAt', [guardSlot, 1n]);
  const guard =
    guardWord && hexToBigInt(guardWord) !== 0n ? getAddress(sliceHex(guardWord, 12, 32)) : undefined;
  return {
    chainId,
    address: safe,
    version,
    owners: owners.map((owner) => getAddress(owner)),
    threshold,
    modules,
    ...(guard ? { guard } : {}),
    blockTime: await readBlockTime(client, chainId, options),
  };
}
