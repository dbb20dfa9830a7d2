import type { Language } from '../nodes/node-kind.ts';
import { diagnosticCodes } from './diagnostic-codes.ts';
import type { MessageArgs } from './message-args.ts';
import { messageTemplates } from './messages/message-templates.ts';
import { renderTemplate } from './render-template.ts';

/** A diagnostic, or a problem a config lists, as {@link diagnosticText} reads it. */
export interface DiagnosticWords {
  code?: string;
  message: string;
  template?: string | undefined;
  args?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * What a diagnostic says in `language`: its template filled with its arguments. A diagnostic without a known
 * template (read from a file Charter wrote before templates, or from a newer Charter) is its English message, which
 * in Korean follows the code's Korean summary so the reader knows what it is about.
 */
export function diagnosticText(diagnostic: DiagnosticWords, language: Language): string {
  const template = Object.hasOwn(messageTemplates, diagnostic.template ?? '')
    ? messageTemplates[diagnostic.template as keyof typeof messageTemplates]
    : undefined;
  if (template !== undefined) {
    return renderTemplate(template[language], (diagnostic.args ?? {}) as MessageArgs, language);
  }
  if (language === 'en') return diagnostic.message;
  const code = Object.hasOwn(diagnosticCodes, diagnostic.code ?? '')
    ? diagnosticCodes[diagnostic.code as keyof typeof diagnosticCodes]
    : undefined;
  return code ? `${code.ko} (${diagnostic.message})` : diagnostic.message;
}
