import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ConfigTarget } from '../generated/charter-config.ts';

/** A diagnostic as a config's target lists it, with its template and arguments when it has them. */
export function targetProblem(diagnostic: Diagnostic): ConfigTarget['problems'][number] {
  const problem: ConfigTarget['problems'][number] = {
    code: diagnostic.code,
    nodeId: diagnostic.nodeId ?? null,
    field: diagnostic.field ?? null,
    message: diagnostic.message,
  };
  // The template and its arguments travel with the problem, so the app can show it in Korean too.
  if (diagnostic.template !== undefined) problem.template = diagnostic.template;
  if (diagnostic.args !== undefined) problem.args = { ...diagnostic.args };
  return problem;
}
