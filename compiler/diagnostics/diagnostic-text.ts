import type { Language } from '../nodes/node-kind.ts';
import type { Diagnostic } from './diagnostic.ts';
import { messageTemplates } from './messages/message-templates.ts';
import { renderTemplate } from './render-template.ts';

/**
 * What a diagnostic says in `language`: its template filled with its arguments, or, for a diagnostic made before
 * templates (or read from an older file), its English message.
 */
export function diagnosticText(
  diagnostic: Pick<Diagnostic, 'message' | 'template' | 'args'>,
  language: Language,
): string {
  const template = diagnostic.template === undefined ? undefined : messageTemplates[diagnostic.template];
  if (template === undefined) return diagnostic.message;
  return renderTemplate(template[language], diagnostic.args ?? {}, language);
}
