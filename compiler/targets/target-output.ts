import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ConfigTarget } from '../generated/charter-config.ts';
import { targetProblem } from './target-problem.ts';
import { targetVerdict } from './target-verdict.ts';

/**
 * A target's entry under `config.targets`: its verdict, its deployable units listed under `key` (`governors`,
 * `plugins`, `safes`, `spaces`, `pools`) and its problems.
 */
export function targetOutput(
  key: string,
  units: readonly unknown[],
  problems: readonly Diagnostic[],
): ConfigTarget {
  return {
    verdict: targetVerdict(problems, units.length),
    parameters: { [key]: units },
    problems: problems.map(targetProblem),
  };
}
