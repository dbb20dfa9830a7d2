import { choice } from '../../fields.ts';
import { defineNodeKind } from '../../node-kind.ts';
import { flowIn } from '../../ports.ts';
import { executeStepNote } from './step-note.ts';
import { executeTargets } from './targets.ts';

const executorWords = {
  governor: { en: 'the governor executes', ko: '거버너가 실행' },
  safe: { en: 'a Safe executes', ko: 'Safe가 실행' },
  aragon: { en: 'the Aragon DAO executes', ko: 'Aragon DAO가 실행' },
} as const;

/** The proposal's actions run on chain, by the governor and its timelock, by a Safe, or by an Aragon DAO. */
export const execute = defineNodeKind({
  kind: 'execute',
  group: 'outcomes',
  title: { en: 'Execute', ko: '실행' },
  description: {
    en: "The proposal's actions are carried out on chain.",
    ko: '제안의 실행 내용이 온체인에서 실행됩니다.',
  },
  params: {
    type: 'object',
    additionalProperties: false,
    properties: {
      executor: choice({
        title: { en: 'Executed by', ko: '실행 주체' },
        description:
          'governor: an OpenZeppelin Governor and its timelock; safe: a Safe; aragon: an Aragon OSx DAO.',
        values: ['governor', 'safe', 'aragon'],
        default: 'governor',
      }),
    },
  },
  ports: () => [flowIn],
  summary: (p, lang) => executorWords[p.executor][lang],
  explain: (p, { language }) =>
    language === 'ko' ? `${executorWords[p.executor].ko}합니다` : `${executorWords[p.executor].en} it`,
  flow: {
    role: 'outcome',
    outcome: 'executed',
    runsOn: (p) => (({ governor: 'openzeppelin', safe: 'safe', aragon: 'aragon' }) as const)[p.executor],
  },
  stepNote: executeStepNote,
  targets: executeTargets,
});
