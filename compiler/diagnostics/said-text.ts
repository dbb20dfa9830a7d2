import type { Language } from '../nodes/node-kind.ts';
import { messageTemplates } from './messages/message-templates.ts';
import { renderTemplate } from './render-template.ts';
import type { Said } from './say.ts';

/** A message's words in `language`. */
export function saidText(said: Said, language: Language): string {
  return renderTemplate(messageTemplates[said.template][language], said.args, language);
}
