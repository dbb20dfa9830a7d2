import { type Address, getAddress, isAddress } from 'viem';
import type { CharterConfig } from '../../generated/charter-config.ts';
import { type EncodedConstructorArgs, encodeConstructorArgs } from './encode-constructor-args.ts';
import type { GovernorParameters, TimelockAccount, TimelockParameters } from './types.ts';

/** Where the contracts are (or will be) deployed; the token's address comes from the document. */
export interface DeployAddresses {
  governor: string;
  timelock: string;
}

/** One Governor of a config's `openzeppelin` target, as the config writes it (integers as decimal text). */
interface GovernorEntry {
  vote: string;
  token: string;
  governor: Record<string, unknown>;
  timelockController: Record<string, unknown>;
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
  const governors = ((config.targets.openzeppelin?.parameters.governors ?? []) as GovernorEntry[]).slice();
  const args: ({ vote: string } & EncodedConstructorArgs)[] = [];
  for (const entry of governors) {
    const electorate = config.electorates.find((candidate) => candidate.id === entry.token);
    const token = electorate?.token?.address;
    if (!token) {
      return {
        ok: false,
        message: `${electorate?.label ?? entry.token} has no token address in the document; set it to encode the Governor's arguments`,
      };
    }
    const g = entry.governor;
    const t = entry.timelockController;
    const governor: GovernorParameters = {
      name: g.name as string,
      clockMode: g.clockMode as GovernorParameters['clockMode'],
      votingDelay: BigInt(g.votingDelay as string),
      votingPeriod: BigInt(g.votingPeriod as string),
      proposalThreshold: BigInt(g.proposalThreshold as string),
      quorumNumerator: BigInt(g.quorumNumerator as string),
      quorumDenominator: BigInt(g.quorumDenominator as string),
      lateQuorumVoteExtension: BigInt(g.lateQuorumVoteExtension as string),
      ...(g.superQuorumNumerator === undefined
        ? {}
        : { superQuorumNumerator: BigInt(g.superQuorumNumerator as string) }),
    };
    const timelock: TimelockParameters = {
      minDelay: BigInt(t.minDelay as string),
      proposers: t.proposers as TimelockAccount[],
      executors: t.executors as TimelockAccount[],
      admin: t.admin as Address,
      cancellers: t.cancellers as Address[],
    };
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
