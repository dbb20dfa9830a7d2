import type { ConfigStage } from '../generated/charter-config.ts';

/** What lowering a node into the config needs beyond its params. */
export interface LowerContext {
  /** Decimals of the token amounts (`x-unit: tokens`) are counted in, where no `asset` of their own says. */
  decimals: number;
}

/** A stage of decentralization a node declares, as `config.stages` lists it (without whether it is current). */
export type DeclaredStage = Omit<ConfigStage, 'current'>;

/**
 * How a kind lowers into the config, where the generic walk of its params schema ({@link lowerParams}, led by
 * `x-unit`) is not the whole story. Every part is optional.
 */
export interface LowerBehaviour<P> {
  /** The node's `rule` in exact units, instead of the generic walk. */
  rule?(params: P, context: LowerContext): Record<string, unknown>;
  /** The stages of decentralization it declares, in order. */
  stages?(params: P): readonly DeclaredStage[];
}
