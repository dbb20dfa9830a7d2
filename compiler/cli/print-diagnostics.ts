import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnosticText } from '../diagnostics/diagnostic-text.ts';
import type { Language } from '../nodes/node-kind.ts';
import type { CliIO } from './cli-io.ts';
import { paint } from './paint.ts';

/** Prints diagnostics for people: severity, code and where, then the message in `language` on its own line. */
export function printDiagnostics(
  diagnostics: readonly Diagnostic[],
  io: CliIO,
  write: (text: string) => void = io.stdout,
  language: Language = 'en',
): void {
  const color = paint(io.isTTY);
  for (const diagnostic of diagnostics) {
    const severity =
      diagnostic.severity === 'error' ? color.red('error  ') : color.yellow(diagnostic.severity.padEnd(7));
    const where = [
      diagnostic.nodeId && `node ${diagnostic.nodeId}`,
      diagnostic.edgeId && `edge ${diagnostic.edgeId}`,
      diagnostic.port && `port ${diagnostic.port}`,
      diagnostic.field && `field ${diagnostic.field}`,
    ]
      .filter(Boolean)
      .join(', ');
    write(
      `  ${severity} ${color.bold(diagnostic.code)}${where ? color.dim(` (${where})`) : ''}\n           ${diagnosticText(diagnostic, language)}\n`,
    );
  }
}
