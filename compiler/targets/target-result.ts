import type { Diagnostic } from '../diagnostics/diagnostic.ts';

/**
 * What a target's parameter step gives: every parameter, or every reason it cannot give them. Never both: a contract
 * would revert on (or silently misread) a half-valid set, so one error withholds all the parameters. All the errors
 * are collected, not just the first, so a founder fixes them in one pass.
 */
export type TargetResult<T> = { ok: true; parameters: T } | { ok: false; diagnostics: Diagnostic[] };
