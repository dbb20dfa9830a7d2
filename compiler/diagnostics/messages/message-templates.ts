import type { MessageTemplate } from '../message-template.ts';
import { aragonMessages } from './aragon-messages.ts';
import { csvMessages } from './csv-messages.ts';
import { gardensMessages } from './gardens-messages.ts';
import { graphMessages } from './graph-messages.ts';
import { lintMessages } from './lint-messages.ts';
import { loadMessages } from './load-messages.ts';
import { multisigTargetMessages } from './multisig-target-messages.ts';
import { openzeppelinMessages } from './openzeppelin-messages.ts';
import { schemaMessages } from './schema-messages.ts';
import { simulateMessages } from './simulate-messages.ts';
import { snapshotMessages } from './snapshot-messages.ts';
import { targetMessages } from './target-messages.ts';

/** Every message template the compiler's diagnostics use, by key: the one catalogue both languages render from. */
export const messageTemplates = {
  ...loadMessages,
  ...schemaMessages,
  ...graphMessages,
  ...lintMessages,
  ...targetMessages,
  ...openzeppelinMessages,
  ...multisigTargetMessages,
  ...snapshotMessages,
  ...aragonMessages,
  ...gardensMessages,
  ...csvMessages,
  ...simulateMessages,
} as const satisfies Record<string, MessageTemplate>;

/** The key of one message template: `graph.port-takes-one`. */
export type MessageKey = keyof typeof messageTemplates;
