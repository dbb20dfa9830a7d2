import { type Address, getAddress, parseAbi } from 'viem';
import type { ContractReader } from './contract-reader.ts';
import type { CompoundTimelockFacts } from './governor-facts.ts';

// Compound's Timelock.sol (compound-finance/compound-protocol), which Governor Bravo queues into.
const compoundTimelockAbi = parseAbi([
  'function delay() view returns (uint256)',
  'function GRACE_PERIOD() view returns (uint256)',
  'function admin() view returns (address)',
]);

/** A Compound Timelock's delay, grace period and admin. */
export async function readCompoundTimelock(
  reader: ContractReader,
  at: Address,
): Promise<CompoundTimelockFacts> {
  const [delay, gracePeriod, admin] = await Promise.all([
    reader.required<bigint>(compoundTimelockAbi, at, 'delay', 'The timelock'),
    reader.required<bigint>(compoundTimelockAbi, at, 'GRACE_PERIOD', 'The timelock'),
    reader.required<Address>(compoundTimelockAbi, at, 'admin', 'The timelock'),
  ]);
  return { kind: 'compound-timelock', address: at, delay, gracePeriod, admin: getAddress(admin) };
}
