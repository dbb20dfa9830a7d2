import type { DiagnosticCode } from './diagnostic-codes.ts';
import type { MessageArgs } from './message-args.ts';
import type { MessageKey } from './messages/message-templates.ts';

/** How serious a diagnostic is. Only errors make a document invalid. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * One problem found in a document, reported as data: the compiler never throws on user input.
 * The CLI, the canvas badges and the README table all read the same `code`.
 */
export interface Diagnostic {
  /** Stable code from {@link diagnosticCodes}. */
  code: DiagnosticCode;
  severity: Severity;
  /** A sentence a founder understands, naming the node and field in words, in English. */
  message: string;
  /**
   * The message's template, when it has one: with `args`, what `diagnosticText` renders in English or Korean where
   * the diagnostic is shown.
   */
  template?: MessageKey;
  /** The values the template names. */
  args?: MessageArgs;
  /** The node the problem concerns, when there is one. */
  nodeId?: string;
  /** The edge the problem concerns, when there is one. */
  edgeId?: string;
  /** The port the problem concerns, when there is one. */
  port?: string;
  /** Dotted path of the field inside the node (`params.quorum.percent`) or the document (`chain.blockTime`). */
  field?: string;
}
