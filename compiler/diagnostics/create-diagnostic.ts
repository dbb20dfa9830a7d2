import type { Diagnostic } from './diagnostic.ts';
import { type DiagnosticCode, diagnosticCodes } from './diagnostic-codes.ts';

/** Where a diagnostic points. */
export type DiagnosticLocation = Pick<Diagnostic, 'nodeId' | 'edgeId' | 'port' | 'field'>;

/** Builds a diagnostic whose severity is the one the code table gives. */
export function createDiagnostic(
  code: DiagnosticCode,
  message: string,
  where: DiagnosticLocation = {},
): Diagnostic {
  const diagnostic: Diagnostic = { code, severity: diagnosticCodes[code].severity, message };
  if (where.nodeId !== undefined) diagnostic.nodeId = where.nodeId;
  if (where.edgeId !== undefined) diagnostic.edgeId = where.edgeId;
  if (where.port !== undefined) diagnostic.port = where.port;
  if (where.field !== undefined) diagnostic.field = where.field;
  return diagnostic;
}
