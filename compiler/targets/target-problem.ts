import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ConfigTarget } from '../generated/charter-config.ts';

/** A diagnostic as a config's target lists it. */
export function targetProblem(diagnostic: Diagnostic): ConfigTarget['problems'][number] {
  return {
    code: diagnostic.code,
    nodeId: diagnostic.nodeId ?? null,
    field: diagnostic.field ?? null,
    message: diagnostic.message,
  };
}
