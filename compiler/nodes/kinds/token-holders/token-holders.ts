import { formatAmount } from '../../../format/format-amount.ts';
import { address, amount, choice, count, flag, list, object, text } from '../../fields.ts';
import { defineNodeKind } from '../../node-kind.ts';
import { votersOut } from '../../ports.ts';
import { tokenHoldersElectorate } from './electorate.ts';
import { tokenHoldersTargets } from './targets.ts';

/** Holders of an ERC-20 token, each voting with their balance (or delegated votes). */
export const tokenHolders = defineNodeKind({
  kind: 'token-holders',
  group: 'electorates',
  title: { en: 'Token holders', ko: '토큰 보유자' },
  description: {
    en: 'Holders of an ERC-20 token vote with their balance or the votes delegated to them.',
    ko: 'ERC-20 토큰 보유자가 잔고 또는 위임받은 투표권만큼 투표합니다.',
  },
  params: {
    type: 'object',
    additionalProperties: false,
    required: ['token'],
    properties: {
      token: object(
        { title: { en: 'Token', ko: '토큰' } },
        {
          name: text({ title: { en: 'Name', ko: '이름' }, maxLength: 120, default: '' }),
          symbol: text({ title: { en: 'Symbol', ko: '심볼' }, minLength: 1, maxLength: 16 }),
          decimals: count({
            title: { en: 'Decimals', ko: '소수 자릿수' },
            description: {
              en: 'Decimal places of the token: 18 for most ERC-20 tokens.',
              ko: '토큰의 소수 자릿수: 대부분의 ERC-20 토큰은 18입니다.',
            },
            default: 18,
            maximum: 36,
          }),
          totalSupply: amount({
            title: { en: 'Total supply', ko: '총 공급량' },
            description: {
              en: 'In whole tokens. A quorum given as a percentage is taken of this.',
              ko: '토큰 단위입니다. 비율로 정한 정족수는 이 양을 기준으로 합니다.',
            },
          }),
          address: address({
            title: { en: 'Contract address', ko: '컨트랙트 주소' },
            description: {
              en: 'Leave empty when the token is not deployed yet.',
              ko: '토큰이 아직 배포되지 않았으면 비워 두세요.',
            },
          }),
        },
        ['symbol', 'totalSupply'],
      ),
      standard: choice({
        title: { en: 'Voting power from', ko: '투표권 기준' },
        description: {
          en: 'Delegated votes, recorded at the start of each vote (what on-chain governors need): read with getPastVotes (ERC20Votes) or, on a Compound-style token such as COMP or UNI, with getPriorVotes; or simply the tokens each holder owns (what Snapshot reads).',
          ko: '투표 시작 시점에 기록된 위임 투표권(온체인 거버너에 필요): getPastVotes(ERC20Votes)로 읽거나, COMP나 UNI 같은 Compound 방식 토큰에서는 getPriorVotes로 읽습니다. 또는 보유자가 가진 토큰 수 그대로(Snapshot이 읽는 값).',
        },
        values: ['erc20-votes', 'comp-votes', 'erc20-balance'],
        labels: {
          'erc20-votes': { en: 'Delegated votes', ko: '위임된 투표권' },
          'comp-votes': {
            en: 'Delegated votes, Compound-style (getPriorVotes)',
            ko: '위임된 투표권, Compound 방식(getPriorVotes)',
          },
          'erc20-balance': { en: 'Tokens held', ko: '보유한 토큰' },
        },
        default: 'erc20-votes',
      }),
      delegation: flag({
        title: { en: 'Delegation', ko: '위임' },
        description: {
          en: 'Holders may delegate their votes to someone else.',
          ko: '보유자가 자신의 투표권을 다른 사람에게 위임할 수 있습니다.',
        },
        default: true,
      }),
      topHolders: list(
        {
          title: { en: 'Largest holders', ko: '최대 보유자' },
          description: {
            en: 'Known large balances, so Charter can tell whether a few holders could pass anything alone.',
            ko: '알려진 대량 보유자. 소수 보유자가 단독으로 무엇이든 통과시킬 수 있는지 Charter가 판단하는 데 씁니다.',
          },
          default: [],
        },
        object(
          { title: { en: 'Holder', ko: '보유자' } },
          {
            label: text({ title: { en: 'Who', ko: '누구' }, minLength: 1, maxLength: 120 }),
            balance: amount({ title: { en: 'Balance', ko: '잔고' } }),
          },
          ['label', 'balance'],
        ),
      ),
    },
  },
  ports: () => [votersOut],
  summary: (p, lang) => {
    const supply = formatAmount(p.token.totalSupply, p.token.symbol);
    return lang === 'ko'
      ? `${p.token.symbol} 보유자 · 공급량 ${supply}`
      : `${p.token.symbol} holders · ${supply}`;
  },
  explain: (p, { language }) =>
    language === 'ko' ? `${p.token.symbol} 보유자` : `${p.token.symbol} holders`,
  flow: { role: 'electorate' },
  targets: tokenHoldersTargets,
  electorate: tokenHoldersElectorate,
});
