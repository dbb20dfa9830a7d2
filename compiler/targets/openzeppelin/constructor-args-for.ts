import { getAddress, isAddress } from 'viem';
import type { CharterConfig } from '../../generated/charter-config.ts';
import { type EncodedConstructorArgs, encodeConstructorArgs } from './encode-constructor-args.ts';
import { readGovernorEntries } from './read-governor-entries.ts';

/** Where the contracts are (or will be) deployed; the token's address comes from the document. */
export interface DeployAddresses {
  governor: string;
  timelock: string;
}

/**
 * The ABI-encoded constructor arguments of each Governor and TimelockController a compiled config's `openzeppelin`
 * target describes, for contracts deployed at `addresses`. Gives an error message instead when an address is not
 * one, or the document does not give the voting token's address.
 */
export function constructorArgsFor(
  config: CharterConfig,
  addresses: DeployAddresses,
): { ok: true; args: ({ vote: string } & EncodedConstructorArgs)[] } | { ok: false; message: string } {
  for (const [name, value] of Object.entries(addresses)) {
    if (!isAddress(value, { strict: true }))
      return { ok: false, message: `the ${name} address ${value} is not a valid address` };
  }
  const args: ({ vote: string } & EncodedConstructorArgs)[] = [];
  for (const entry of readGovernorEntries(config)) {
    const electorate = config.electorates.find((candidate) => candidate.id === entry.token);
    const token = electorate?.token?.address;
    if (!token) {
      return {
        ok: false,
        message: `${electorate?.label ?? entry.token} has no token address in the document; set it to encode the Governor's arguments`,
      };
    }
    const { governor, timelock } = entry;
    const encoded = encodeConstructorArgs({
      governor,
      timelock,
      addresses: {
        token: getAddress(token),
        governor: getAddress(addresses.governor),
        timelock: getAddress(addresses.timelock),
      },
    });
    args.push({ vote: entry.vote, ...encoded });
  }
  return { ok: true, args };
}
