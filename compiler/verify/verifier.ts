import type { CharterConfig } from '../generated/charter-config.ts';
import type { simulate } from '../simulate/simulate.ts';
import type { Chain } from './open-chain.ts';
import type { TargetVerification } from './target-verification.ts';

/** Options every target's verifier takes. */
export interface VerifierOptions {
  /** Sample proposals replayed per path. @default 20 */
  scenarios?: number;
  /** Seed of the simulator's PRNG. @default 1 */
  seed?: number;
  /** The simulator whose traces are checked; tests replace it to see a disagreement reported. @default simulate */
  simulate?: typeof simulate;
  /** The chain to deploy on, for targets that run on one; a fresh in-process one, closed at the end, when absent. */
  chain?: Chain;
}

/**
 * Replays a compiled config's units of one target on the real thing and reports each check. Throws a CharterError
 * only for I/O (the in-process EVM cannot start); what cannot be checked is `notVerifiable`.
 */
export type Verifier = (config: CharterConfig, options: VerifierOptions) => Promise<TargetVerification>;
