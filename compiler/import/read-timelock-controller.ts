import { type Address, getAddress, type Hex, parseAbi } from 'viem';
import type { ChainReader, ContractReader } from './contract-reader.ts';
import type { TimelockFacts } from './governor-facts.ts';

const timelockAbi = parseAbi([
  'function getMinDelay() view returns (uint256)',
  'function PROPOSER_ROLE() view returns (bytes32)',
  'function EXECUTOR_ROLE() view returns (bytes32)',
  'function CANCELLER_ROLE() view returns (bytes32)',
  'function DEFAULT_ADMIN_ROLE() view returns (bytes32)',
  'event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)',
  'event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)',
]);

const expiringAbi = parseAbi([
  'function timelock() view returns (address)',
  'function expiration() view returns (uint256)',
  'function cancellers() view returns (address[])',
]);

/**
 * An OpenZeppelin TimelockController's delay and the holders of each role, replaying RoleGranted and RoleRevoked
 * from `fromBlock` in chain order (AccessControl keeps no list of holders). A canceller that is Charter's
 * CharterExpiringCanceller for this timelock (it answers timelock(), expiration() and cancellers()) is read too: the
 * accounts it cancels for, and when their power ends.
 */
export async function readTimelockController(
  client: ChainReader,
  reader: ContractReader,
  at: Address,
  fromBlock: bigint,
): Promise<TimelockFacts> {
  const [minDelay, proposer, executor, canceller, admin] = await Promise.all([
    reader.required<bigint>(timelockAbi, at, 'getMinDelay', 'The timelock'),
    reader.required<Hex>(timelockAbi, at, 'PROPOSER_ROLE', 'The timelock'),
    reader.required<Hex>(timelockAbi, at, 'EXECUTOR_ROLE', 'The timelock'),
    reader.required<Hex>(timelockAbi, at, 'CANCELLER_ROLE', 'The timelock'),
    reader.required<Hex>(timelockAbi, at, 'DEFAULT_ADMIN_ROLE', 'The timelock'),
  ]);
  const logs = await client.getLogs({
    address: at,
    events: timelockAbi.filter((item) => item.type === 'event'),
    fromBlock,
    toBlock: 'latest',
  });
  const ordered = [...logs].sort((a, b) =>
    a.blockNumber === b.blockNumber
      ? (a.logIndex ?? 0) - (b.logIndex ?? 0)
      : (a.blockNumber ?? 0n) < (b.blockNumber ?? 0n)
        ? -1
        : 1,
  );
  const holders = new Map<Hex, Set<Address>>();
  for (const log of ordered) {
    const { role, account } = log.args as { role: Hex; account: Address };
    const set = holders.get(role) ?? new Set<Address>();
    if (log.eventName === 'RoleGranted') set.add(getAddress(account));
    else set.delete(getAddress(account));
    holders.set(role, set);
  }
  const of = (role: Hex) => [...(holders.get(role) ?? [])];
  const expiring: NonNullable<TimelockFacts['expiringCancellers']> = [];
  for (const account of of(canceller)) {
    const [target, expiration, listed] = await Promise.all([
      reader.optional<Address>(expiringAbi, account, 'timelock'),
      reader.optional<bigint>(expiringAbi, account, 'expiration'),
      reader.optional<readonly Address[]>(expiringAbi, account, 'cancellers'),
    ]);
    if (target === undefined || expiration === undefined || listed === undefined) continue;
    if (getAddress(target) !== getAddress(at)) continue;
    expiring.push({ address: account, expiration, cancellers: listed.map((each) => getAddress(each)) });
  }
  return {
    kind: 'timelock-controller',
    address: at,
    minDelay,
    proposers: of(proposer),
    executors: of(executor),
    cancellers: of(canceller),
    admins: of(admin),
    ...(expiring.length > 0 ? { expiringCancellers: expiring } : {}),
  };
}
