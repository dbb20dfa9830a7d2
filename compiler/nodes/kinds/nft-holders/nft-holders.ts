import { address, choice, count, flag, object, text } from '../../fields.ts';
import { defineNodeKind } from '../../node-kind.ts';
import { votersOut } from '../../ports.ts';
import { nftHoldersElectorate } from './electorate.ts';
import { nftHoldersTargets } from './targets.ts';

/** Holders of an ERC-721 collection, one vote per token by default (as in Nouns). */
export const nftHolders = defineNodeKind({
  kind: 'nft-holders',
  group: 'electorates',
  title: { en: 'NFT holders', ko: 'NFT 보유자' },
  description: {
    en: 'Holders of an NFT collection vote, one vote per token (as Nouns does).',
    ko: 'NFT 컬렉션 보유자가 토큰 하나당 한 표로 투표합니다 (Nouns 방식).',
  },
  params: {
    type: 'object',
    additionalProperties: false,
    required: ['collection'],
    properties: {
      collection: object(
        { title: { en: 'Collection', ko: '컬렉션' } },
        {
          name: text({ title: { en: 'Name', ko: '이름' }, maxLength: 120, default: '' }),
          symbol: text({ title: { en: 'Symbol', ko: '심볼' }, minLength: 1, maxLength: 16 }),
          totalSupply: count({
            title: { en: 'Tokens minted', ko: '발행된 토큰 수' },
            description: {
              en: 'How many tokens exist; a quorum given as a percentage is taken of this.',
              ko: '발행된 토큰 수. 비율로 정한 정족수는 이 수를 기준으로 합니다.',
            },
            minimum: 1,
          }),
          address: address({ title: { en: 'Contract address', ko: '컨트랙트 주소' } }),
        },
        ['symbol', 'totalSupply'],
      ),
      standard: choice({
        title: { en: 'Voting power from', ko: '투표권 기준' },
        description: {
          en: 'Delegated votes, recorded at the start of each vote so they cannot be moved mid-vote, or simply the tokens each holder owns.',
          ko: '투표 시작 시점에 기록된 위임 투표권(투표 중 옮길 수 없음), 또는 보유자가 가진 토큰 수 그대로.',
        },
        values: ['erc721-votes', 'erc721-balance'],
        labels: {
          'erc721-votes': { en: 'Delegated votes', ko: '위임된 투표권' },
          'erc721-balance': { en: 'Tokens held', ko: '보유한 토큰' },
        },
        default: 'erc721-votes',
      }),
      votesPerToken: count({ title: { en: 'Votes per token', ko: '토큰당 표' }, default: 1, minimum: 1 }),
      delegation: flag({ title: { en: 'Delegation', ko: '위임' }, default: true }),
    },
  },
  ports: () => [votersOut],
  summary: (p, lang) =>
    lang === 'ko'
      ? `${p.collection.symbol} 보유자 · ${p.collection.totalSupply}개`
      : `${p.collection.symbol} holders · ${p.collection.totalSupply} tokens`,
  explain: (p, { language }) =>
    language === 'ko'
      ? `${p.collection.symbol} 보유자(토큰당 ${p.votesPerToken}표)`
      : `${p.collection.symbol} holders (${p.votesPerToken} vote per token)`,
  flow: { role: 'electorate' },
  targets: nftHoldersTargets,
  electorate: nftHoldersElectorate,
});
