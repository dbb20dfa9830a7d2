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
            description: 'Decimal places of the token: 18 for most ERC-20 tokens.',
            default: 18,
            maximum: 36,
          }),
          totalSupply: amount({
            title: { en: 'Total supply', ko: '총 공급량' },
            description: 'In whole tokens. Quorums given as a percentage are taken of this.',
          }),
          address: address({
            title: { en: 'Contract address', ko: '컨트랙트 주소' },
            description: 'Leave out when the token is not deployed yet.',
          }),
        },
        ['symbol', 'totalSupply'],
      ),
      standard: choice({
        title: { en: 'Voting power from', ko: '투표권 기준' },
        description:
          'erc20-votes: checkpointed votes (ERC20Votes), needed by on-chain governors; erc20-balance: the plain balance, as Snapshot reads it.',
        values: ['erc20-votes', 'erc20-balance'],
        default: 'erc20-votes',
      }),
      delegation: flag({
        title: { en: 'Delegation', ko: '위임' },
        description: 'Holders may delegate their votes to someone else.',
        default: true,
      }),
      topHolders: list(
        {
          title: { en: 'Largest holders', ko: '최대 보유자' },
          description:
            'Known large balances, so the linter can tell whether a few holders could pass anything alone.',
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
