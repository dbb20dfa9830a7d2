import { addressList, text } from '../../fields.ts';
import { defineNodeKind } from '../../node-kind.ts';
import { votersOut } from '../../ports.ts';
import { signersElectorate } from './electorate.ts';
import { signersTargets } from './targets.ts';

/** A named set of addresses: a multisig's owners, a council, a guardian. */
export const signers = defineNodeKind({
  kind: 'signers',
  group: 'electorates',
  title: { en: 'Signers', ko: '서명자' },
  description: {
    en: 'A fixed set of addresses, such as a core team, a security council or a guardian.',
    ko: '핵심 팀, 보안 위원회, 가디언처럼 정해진 주소들의 집합입니다.',
  },
  params: {
    type: 'object',
    additionalProperties: false,
    required: ['signers'],
    properties: {
      signers: addressList({ title: { en: 'Signers', ko: '서명자' }, minItems: 1 }),
      body: text({
        title: { en: 'Body', ko: '기구' },
        description: {
          en: 'Who they are, in words: "Core team", "Security Council".',
          ko: '누구인지 말로 적습니다: "핵심 팀", "보안 위원회".',
        },
        maxLength: 120,
        default: '',
      }),
    },
  },
  ports: () => [votersOut],
  summary: (p, lang) => (lang === 'ko' ? `서명자 ${p.signers.length}명` : `${p.signers.length} signers`),
  explain: (p, { language }) => {
    const body = p.body.trim();
    if (language === 'ko')
      return body ? `${body}의 서명자 ${p.signers.length}명` : `서명자 ${p.signers.length}명`;
    return body ? `the ${p.signers.length} signers of the ${body}` : `the ${p.signers.length} signers`;
  },
  flow: { role: 'electorate' },
  targets: signersTargets,
  electorate: signersElectorate,
});
