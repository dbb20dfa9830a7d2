import { type Address, decodeEventLog, getAddress, type Hex } from 'viem';
import { proxyCreationEvent } from '../../../compiler/index.ts';

/** The Safe proxy `factory` created in a transaction, from its ProxyCreation event among `logs`; undefined if none. */
export function createdSafe(
  factory: Address,
  logs: readonly { address: Address; topics: Hex[]; data: Hex }[],
): Address | undefined {
  for (const log of logs) {
    if (getAddress(log.address) !== factory) continue;
    try {
      const event = decodeEventLog({
        abi: [proxyCreationEvent],
        data: log.data,
        topics: log.topics as never,
      });
      return getAddress((event.args as { proxy: Address }).proxy);
    } catch {}
  }
  return undefined;
}
