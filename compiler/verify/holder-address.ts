import { type Address, getAddress } from 'viem';

/**
 * The chain address `charter verify` gives the simulator's `index`-th holder (0-based) of an electorate. The
 * simulator's own synthetic addresses start at 0x…01, where the EVM's precompiles live, so the replay uses these.
 *
 * @example holderAddress(0) // '0xC4A7000000000000000000000000000000000001'
 */
export function holderAddress(index: number): Address {
  return getAddress(`0xc4a7${(index + 1).toString(16).padStart(36, '0')}`);
}
