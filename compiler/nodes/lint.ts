import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { DeclaredHolders } from './electorate.ts';
import type { Localized } from './node-kind.ts';

/** What a kind's lint knows beyond its own params. */
export interface LintContext {
  nodeId: string;
  /** How messages name the node: its label, or its kind's title, in both languages. */
  name: Localized;
  /** The electorate at its `voters` input, or undefined when none is connected. */
  voters:
    | {
        /** Whether a weighting is on the way (then balances are not voting power). */
        weighted: boolean;
        /** The fixed list of addresses, when the electorate is one. */
        addresses: readonly string[] | undefined;
        /** The largest holders the electorate declares, in base units, when it declares them. */
        holders(): DeclaredHolders | undefined;
      }
    | undefined;
}

/** Designs that are legal but risky for this kind alone, as warnings (see {@link lintDocument}). */
export type LintHook<P> = (params: P, context: LintContext) => readonly Diagnostic[];
