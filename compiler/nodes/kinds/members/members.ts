import { addressList, choice, count, object } from '../../fields.ts';
import { defineNodeKind } from '../../node-kind.ts';
import { votersOut } from '../../ports.ts';
import { membersElectorate } from './electorate.ts';
import { membersTargets } from './targets.ts';

/** Proof-of-personhood providers Charter knows. */
const personhoodProviders = [
  'gitcoin-passport',
  'world-id',
  'brightid',
  'proof-of-humanity',
  'idena',
] as const;

/** Each provider by its own name. */
const providerLabels = {
  'gitcoin-passport': { en: 'Gitcoin Passport', ko: 'Gitcoin Passport' },
  'world-id': { en: 'World ID', ko: 'World ID' },
  brightid: { en: 'BrightID', ko: 'BrightID' },
  'proof-of-humanity': { en: 'Proof of Humanity', ko: 'Proof of Humanity' },
  idena: { en: 'Idena', ko: 'Idena' },
} as const;

/** One person, one vote: members on a list, or anyone who proves they are a unique human. */
export const members = defineNodeKind({
  kind: 'members',
  group: 'electorates',
  title: { en: 'Members', ko: '구성원' },
  description: {
    en: 'One person, one vote: members on a list, or anyone who proves they are a unique person.',
    ko: '1인 1표: 명단에 있는 구성원, 또는 고유한 사람임을 증명한 누구나.',
  },
  params: {
    type: 'object',
    additionalProperties: false,
    properties: {
      source: choice({
        title: { en: 'Who counts as a member', ko: '구성원 기준' },
        values: ['list', 'proof-of-personhood'],
        labels: {
          list: { en: 'People on a list', ko: '명단에 있는 사람' },
          'proof-of-personhood': {
            en: 'Anyone who proves they are a unique person',
            ko: '고유한 사람임을 증명한 누구나',
          },
        },
        default: 'list',
      }),
      members: addressList({ title: { en: 'Members', ko: '구성원' }, default: [] }),
      personhood: object(
        { title: { en: 'Proof of personhood', ko: '사람 증명' } },
        {
          provider: choice({
            title: { en: 'Provider', ko: '제공자' },
            values: personhoodProviders,
            labels: providerLabels,
          }),
          minScore: {
            title: 'Minimum score',
            'x-ko': {
              title: '최소 점수',
              description: 'Gitcoin Passport처럼 점수를 주는 제공자에 씁니다(보통 기준은 20).',
            },
            description: 'For providers that give a score, such as Gitcoin Passport (20 is its usual bar).',
            type: 'number',
            minimum: 0,
          },
        },
        ['provider'],
      ),
      expectedMembers: count({
        title: { en: 'Expected members', ko: '예상 구성원 수' },
        description: {
          en: 'For proof of personhood, where there is no list: how many people you expect (up to a million).',
          ko: '명단 없이 사람 증명을 쓸 때, 예상하는 인원(최대 백만 명).',
        },
        minimum: 1,
        // The simulator draws a ballot for every member in every run: a million take seconds per run, the
        // billion that `count` allows by default could never be drawn.
        maximum: 1_000_000,
      }),
    },
    allOf: [
      {
        if: { properties: { source: { const: 'list' } } },
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, not a thenable
        then: { properties: { members: { type: 'array', minItems: 1 } } },
      },
      {
        if: { properties: { source: { const: 'proof-of-personhood' } }, required: ['source'] },
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, not a thenable
        then: { required: ['personhood'] },
      },
    ],
  },
  ports: () => [votersOut],
  summary: (p, lang) => {
    if (p.source === 'list')
      return lang === 'ko'
        ? `구성원 ${p.members.length}명 · 1인 1표`
        : `${p.members.length} members · one person one vote`;
    const provider = p.personhood?.provider ?? 'personhood';
    return lang === 'ko' ? `${provider} 인증자 · 1인 1표` : `${provider} verified · one person one vote`;
  },
  explain: (p, { language }) => {
    if (p.source === 'list') {
      return language === 'ko'
        ? `구성원 ${p.members.length}명(1인 1표)`
        : `the ${p.members.length} members (one vote each)`;
    }
    const provider = p.personhood?.provider ?? 'proof of personhood';
    const score = p.personhood?.minScore;
    if (language === 'ko')
      return `${provider}${score === undefined ? '' : ` 점수 ${score} 이상`}으로 인증된 사람(1인 1표)`;
    return `people verified by ${provider}${score === undefined ? '' : ` (score ${score} or more)`}, one vote each`;
  },
  flow: { role: 'electorate' },
  targets: membersTargets,
  electorate: membersElectorate,
});
