import type { ConfigElectorate } from '../generated/charter-config.ts';
import type { Localized } from './node-kind.ts';

/** What an electorate's voting power is counted in. */
export interface VotingPower {
  /** The unit in words: a token's symbol ("ACME"), or the people counted ("signers"). */
  unit: Localized;
  /** Decimal places of an amount of this power: the token's decimals, 0 when each voice counts one. */
  decimals: number;
  /** Whether it counts one voice per person (members, signers) rather than by what each holds. */
  perPerson: boolean;
}

/** The largest holders an electorate declares, in base units, for the capture-risk lint. */
export interface DeclaredHolders {
  symbol: string;
  decimals: number;
  /** Total supply, base units. */
  supply: bigint;
  /** Balances in base units, as declared (not sorted). */
  top: readonly { label: string; balance: bigint }[];
}

/** What lowering an electorate into `config.electorates` needs beyond its params. */
export interface ElectorateLowerContext {
  id: string;
  label: string;
  /** The node feeding one of its electorate inputs, or null. */
  feeder(port: string): string | null;
}

/**
 * Who votes and how much each voice weighs, as a layer reads it: either an electorate of its own (its voting power,
 * the addresses when it lists them, the holders it declares), or one that `reweighs` the electorate at an input port
 * (its unit and decimals are that electorate's). `lower` gives its entry in `config.electorates`.
 */
export type ElectorateBehaviour<P> = {
  lower(params: P, context: ElectorateLowerContext): ConfigElectorate;
} & (
  | { reweighs: string }
  | {
      power(params: P): VotingPower;
      /** The fixed list of addresses, when it is one (signers, a members list). */
      addresses?(params: P): readonly string[] | undefined;
      holders?(params: P): DeclaredHolders;
    }
);

/** An electorate behaviour with a node's params applied. */
export type BoundElectorate = { lower(context: ElectorateLowerContext): ConfigElectorate } & (
  | { reweighs: string }
  | {
      power: VotingPower;
      addresses: readonly string[] | undefined;
      /** Computed when asked: it converts amounts, which only a document free of `too-precise` errors allows. */
      holders(): DeclaredHolders | undefined;
    }
);

/** Applies a node's params to its kind's electorate behaviour (for {@link bindNode}). */
export function bindElectorate<P>(
  behaviour: ElectorateBehaviour<P> | undefined,
  params: P,
): BoundElectorate | undefined {
  if (!behaviour) return undefined;
  const lower = (context: ElectorateLowerContext) => behaviour.lower(params, context);
  if ('reweighs' in behaviour) return { lower, reweighs: behaviour.reweighs };
  return {
    lower,
    power: behaviour.power(params),
    addresses: behaviour.addresses?.(params),
    holders: () => behaviour.holders?.(params),
  };
}
