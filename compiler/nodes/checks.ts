import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Localized } from './node-kind.ts';

/** A decision that counts people from a fixed list of voters: how many it needs, and where that number is set. */
export interface CountedFromList {
  needed: number;
  /** Dotted path of the number: `params.threshold`. */
  field: string;
  /** The decision in words, for messages: "a multisig". */
  what: Localized;
}

/** A set of proposal types a node names, which some proposal node must accept. */
export interface NamedTypes {
  /** Dotted path of the list: `params.routes.0.types`. */
  field: string;
  /** The branch the types take. */
  port: string;
  types: readonly string[];
}

/** What the validator asks of a kind beyond its params schema and ports; each part is optional. */
export interface KindChecks<P> {
  /** When the decision counts people from a fixed list (a multisig, a veto by number of signers). */
  countsFromList?(params: P): CountedFromList | undefined;
  /** The proposal types it names (a route by type). */
  namesTypes?(params: P): readonly NamedTypes[];
  /** Problems in its params alone that the schema cannot state (bands out of order), as diagnostics. */
  own?(params: P, context: { nodeId: string; name: Localized }): readonly Diagnostic[];
}

/** A kind's checks with a node's params applied; absent parts are empty. */
export interface BoundChecks {
  countsFromList: CountedFromList | undefined;
  namesTypes: readonly NamedTypes[];
  own(context: { nodeId: string; name: Localized }): readonly Diagnostic[];
}

/** Applies a node's params to its kind's checks (for {@link bindNode}). */
export function bindChecks<P>(checks: KindChecks<P> | undefined, params: P): BoundChecks {
  return {
    countsFromList: checks?.countsFromList?.(params),
    namesTypes: checks?.namesTypes?.(params) ?? [],
    own: (context) => checks?.own?.(params, context) ?? [],
  };
}
