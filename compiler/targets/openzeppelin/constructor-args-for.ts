import { getAddress, isAddress } from 'viem';
import { saidText } from '../../diagnostics/said-text.ts';
import { type Said, say } from '../../diagnostics/say.ts';
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
 * one, or the document does not give the voting token's address: its English `message`, and its template and
 * arguments for `diagnosticText` in another language.
 */
export function constructorArgsFor(
  config: CharterConfig,
  addresses: DeployAddresses,
):
  | { ok: true; args: ({ vote: string } & EncodedConstructorArgs)[] }
  | ({ ok: false; message: string } & Said) {
  for (const [name, value] of Object.entries(addresses)) {
    if (!isAddress(value, { strict: true }))
      return refused(
        say('oz.deploy-bad-address', {
          contract: name === 'governor' ? { en: 'governor', ko: '거버너' } : { en: 'timelock', ko: '타임락' },
          value,
        }),
      );
  }
  const args: ({ vote: string } & EncodedConstructorArgs)[] = [];
  for (const entry of readGovernorEntries(config)) {
    const electorate = config.electorates.find((candidate) => candidate.id === entry.token);
    const token = electorate?.token?.address;
    if (!token) {
      return refused(say('oz.deploy-no-token-address', { electorate: electorate?.label ?? entry.token }));
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

/** A refusal as data, with its English words for callers that show `message`. */
function refused(said: Said): { ok: false; message: string } & Said {
  return { ok: false, message: saidText(said, 'en'), ...said };
}
