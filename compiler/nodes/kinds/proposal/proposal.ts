import { formatAmount } from '../../../format/format-amount.ts';
import { amount, id, list } from '../../fields.ts';
import { defineNodeKind } from '../../node-kind.ts';
import { flowOut } from '../../ports.ts';
import { proposalStepNote } from './step-note.ts';
import { proposalTargets } from './targets.ts';

/** Entry point: which proposal types enter here and who may propose. */
export const proposal = defineNodeKind({
  kind: 'proposal',
  group: 'proposals',
  title: { en: 'Proposal', ko: '제안' },
  description: {
    en: 'Where proposals enter: which types come in here, and how much voting power a proposer needs.',
    ko: '제안이 들어오는 곳: 어떤 유형이 들어오고 제안자에게 얼마의 투표권이 필요한지 정합니다.',
  },
  params: {
    type: 'object',
    additionalProperties: false,
    required: ['types'],
    properties: {
      types: list(
        {
          title: { en: 'Proposal types', ko: '제안 유형' },
          description: {
            en: 'The kinds of proposal that enter here, each a short name such as treasury-transfer or parameter-change.',
            ko: '여기로 들어오는 제안의 종류. 각각 treasury-transfer, parameter-change 같은 짧은 이름입니다.',
          },
          minItems: 1,
          maxItems: 50,
          uniqueItems: true,
          default: ['general'],
        },
        id({ title: { en: 'Proposal type', ko: '제안 유형' } }),
      ),
      minVotingPower: amount({
        title: { en: 'Voting power to propose', ko: '제안에 필요한 투표권' },
        description: {
          en: 'The least voting power, in whole tokens, someone needs to make a proposal. 0 lets anyone propose.',
          ko: '제안하는 데 필요한 최소 투표권(토큰 단위). 0이면 누구나 제안할 수 있습니다.',
        },
        default: '0',
      }),
      deposit: amount({
        title: { en: 'Deposit', ko: '보증금' },
        description: {
          en: 'Tokens a proposer locks while the proposal is open; 0 for none.',
          ko: '제안이 열려 있는 동안 제안자가 맡겨 두는 토큰. 0이면 없습니다.',
        },
        default: '0',
      }),
    },
  },
  ports: () => [
    {
      id: 'proposers',
      type: 'electorate',
      direction: 'in',
      min: 0,
      max: 1,
      label: { en: 'Who may propose', ko: '제안 자격자' },
    },
    flowOut('out', { en: 'Proposal', ko: '제안' }),
  ],
  summary: (p, lang) => {
    const types = p.types.join(', ');
    if (p.minVotingPower === '0')
      return lang === 'ko' ? `${types} · 누구나 제안` : `${types} · anyone may propose`;
    const power = formatAmount(p.minVotingPower);
    const votes = p.minVotingPower === '1' ? 'vote' : 'votes';
    return lang === 'ko' ? `${types} · 제안에 ${power}표 필요` : `${types} · ${power} ${votes} to propose`;
  },
  explain: (p, { language, voters, unit, perPerson }) => {
    if (p.minVotingPower === '0' || !voters)
      return language === 'ko' ? '누구나 제안할 수 있습니다' : 'anyone may propose';
    if (perPerson) return language === 'ko' ? `${voters}만 제안할 수 있습니다` : `only ${voters} may propose`;
    const power = `${formatAmount(p.minVotingPower)} ${unit}`;
    return language === 'ko'
      ? `${power} 이상을 가진 ${voters}만 제안할 수 있습니다`
      : `proposers need at least ${power}`;
  },
  flow: { role: 'entry', types: (p) => p.types },
  stepNote: proposalStepNote,
  targets: proposalTargets,
});
