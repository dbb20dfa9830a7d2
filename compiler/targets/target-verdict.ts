import type { ConfigTarget } from '../generated/charter-config.ts';

/**
 * A target's verdict: `unsupported` when it reported any problem, else `supported` when it emitted at least one
 * deployable unit, else `not-applicable` (nothing in these rules runs on it). Never `supported` with nothing.
 */
export function targetVerdict(problems: readonly unknown[], units: number): ConfigTarget['verdict'] {
  return problems.length > 0 ? 'unsupported' : units > 0 ? 'supported' : 'not-applicable';
}
