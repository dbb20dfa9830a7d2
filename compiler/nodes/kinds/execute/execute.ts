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
        description: {
          en: 'What carries out a passed proposal on chain: a governor contract with its timelock, a Safe multisig wallet, or an Aragon DAO.',
          ko: '가결된 제안을 체인에서 실행하는 주체: 타임락을 둔 거버너 컨트랙트, Safe 멀티시그 지갑, 또는 Aragon DAO.',
        },
        values: ['governor', 'safe', 'aragon'],
        labels: {
          governor: { en: 'A governor and timelock', ko: '거버너와 타임락' },
          safe: { en: 'A Safe multisig', ko: 'Safe 멀티시그' },
          aragon: { en: 'An Aragon DAO', ko: 'Aragon DAO' },
        },
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
