import type { Diagnostic } from '../diagnostics/diagnostic.ts';

/** A target's problems, each reported once however many units meet it. */
export function problemList(initial: readonly Diagnostic[] = []): {
  problems: Diagnostic[];
  report(diagnostics: readonly Diagnostic[]): void;
} {
  const problems: Diagnostic[] = [];
  const seen = new Set<string>();
  const report = (diagnostics: readonly Diagnostic[]) => {
    for (const diagnostic of diagnostics) {
      const key = `${diagnostic.nodeId}\u0000${diagnostic.field}\u0000${diagnostic.message}`;
      if (!seen.has(key)) problems.push(diagnostic);
      seen.add(key);
    }
  };
  report(initial);
  return { problems, report };
}
