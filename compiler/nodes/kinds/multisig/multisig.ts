import { count, flag } from '../../fields.ts';
import { defineNodeKind } from '../../node-kind.ts';
import { flowIn, passedFailed, votersIn } from '../../ports.ts';
import { multisigChecks } from './checks.ts';
import { multisigLint } from './lint.ts';
import { multisigStep } from './step.ts';
import { multisigStepNote } from './step-note.ts';
import { multisigTargets } from './targets.ts';

/** k of n signers approve (a Safe, or Aragon's Multisig plugin). */
export const multisig = defineNodeKind({
  kind: 'multisig',
  group: 'convex',
  title: { en: 'Multisig', ko: '멀티시그' },
  description: {
    en: 'Passes when enough of a fixed set of signers approve: k of n.',
    ko: '정해진 서명자 중 충분한 수(n명 중 k명)가 승인하면 통과합니다.',
  },
  params: {
    type: 'object',
    additionalProperties: false,
    properties: {
      threshold: count({
        title: { en: 'Approvals needed', ko: '필요한 승인 수' },
        description: {
          en: 'How many signers must approve. At most the number of signers.',
          ko: '승인해야 하는 서명자 수. 서명자 수보다 많을 수 없습니다.',
        },
        default: 2,
        minimum: 1,
      }),
      onlyListed: flag({
        title: { en: 'Only signers may propose', ko: '서명자만 제안 가능' },
        description: {
          en: "Only the listed signers may make proposals (Aragon's multisig asks this).",
          ko: '목록에 있는 서명자만 제안할 수 있습니다(Aragon 멀티시그의 설정).',
        },
        default: true,
      }),
    },
  },
  ports: () => [flowIn, votersIn({ en: 'Signers', ko: '서명자' }), ...passedFailed],
  summary: (p, lang) =>
    lang === 'ko' ? `${p.threshold}명 승인` : `${p.threshold} approval${p.threshold === 1 ? '' : 's'}`,
  explain: (p, { language, voters }) =>
    language === 'ko'
      ? `${voters} 중 ${p.threshold}명이 승인해야 합니다.`
      : `${p.threshold} of ${voters} must approve it.`,
  flow: { role: 'decision' },
  stepNote: multisigStepNote,
  simulation: multisigStep,
  targets: multisigTargets,
  checks: multisigChecks,
  lint: multisigLint,
});
