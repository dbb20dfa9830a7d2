import type { Diagnostic } from './diagnostic.ts';
import { type DiagnosticCode, diagnosticCodes } from './diagnostic-codes.ts';
import { saidText } from './said-text.ts';
import type { Said } from './say.ts';

/** Where a diagnostic points. */
export type DiagnosticLocation = Pick<Diagnostic, 'nodeId' | 'edgeId' | 'port' | 'field'>;

/**
 * Builds a diagnostic whose severity is the one the code table gives. Its message is a template and arguments (see
 * {@link say}), so it reads in English or Korean wherever it is shown; `message` holds the English text.
 */
export function createDiagnostic(
  code: DiagnosticCode,
  message: Said,
  where: DiagnosticLocation = {},
): Diagnostic {
  const severity = diagnosticCodes[code].severity;
  const diagnostic: Diagnostic = {
    code,
    severity,
    message: saidText(message, 'en'),
    template: message.template,
    args: message.args,
  };
  if (where.nodeId !== undefined) diagnostic.nodeId = where.nodeId;
  if (where.edgeId !== undefined) diagnostic.edgeId = where.edgeId;
  if (where.port !== undefined) diagnostic.port = where.port;
  if (where.field !== undefined) diagnostic.field = where.field;
  return diagnostic;
}
