import type { MessageArgs } from './message-args.ts';
import type { MessageKey } from './messages/message-templates.ts';

/** A message as data: which template, and its arguments. The words are made where it is shown, in its language. */
export interface Said {
  template: MessageKey;
  args: MessageArgs;
}

/** Names a message by its template and arguments: `say('graph.port-too-many', { node, port, count })`. */
export function say(template: MessageKey, args: MessageArgs = {}): Said {
  return { template, args };
}
