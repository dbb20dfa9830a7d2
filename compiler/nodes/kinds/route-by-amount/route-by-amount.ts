import { formatAmount } from '../../../format/format-amount.ts';
import { amount, asset, id, list, object } from '../../fields.ts';
import { defineNodeKind } from '../../node-kind.ts';
import { flowIn, flowOut } from '../../ports.ts';
import { branchNote } from '../../step-note.ts';
import { routeByAmountChecks } from './checks.ts';
import { routeByAmountStep } from './step.ts';
import { routeByAmountTargets } from './targets.ts';

/** Sends a proposal down the first band whose limit its amount is below; larger amounts take `otherwise`. */
export const routeByAmount = defineNodeKind({
  kind: 'route-by-amount',
  group: 'routing',
  title: { en: 'Route by amount', ko: '금액별 분기' },
  description: {
    en: 'Sends a proposal down a branch by the amount it asks for: small grants one way, large transfers another.',
    ko: '요청 금액에 따라 제안을 다른 갈래로 보냅니다: 작은 지원금은 이쪽, 큰 이체는 저쪽.',
  },
  params: {
    type: 'object',
    additionalProperties: false,
    required: ['asset', 'bands'],
    properties: {
      asset: asset({ title: { en: 'Counted in', ko: '기준 자산' } }),
      bands: list(
        {
          title: { en: 'Bands', ko: '구간' },
          description: {
            en: 'Branches from small to large: an amount goes to the first band whose limit it is below.',
            ko: '작은 금액부터 큰 금액 순서의 갈래. 금액은 한도보다 작은 첫 구간으로 갑니다.',
          },
          minItems: 1,
          maxItems: 20,
        },
        object(
          { title: { en: 'Band', ko: '구간' } },
          {
            port: id({ title: { en: 'Branch name', ko: '갈래 이름' } }),
            below: amount({ title: { en: 'Below', ko: '미만' } }),
          },
          ['port', 'below'],
        ),
      ),
      otherwise: id({
        title: { en: 'Branch for larger amounts', ko: '더 큰 금액의 갈래' },
        default: 'otherwise',
      }),
    },
  },
  ports: (p) => [
    flowIn,
    ...p.bands.map((band) =>
      flowOut(
        band.port,
        {
          en: `Below ${formatAmount(band.below, p.asset.symbol)}`,
          ko: `${formatAmount(band.below, p.asset.symbol)} 미만`,
        },
        'branch',
      ),
    ),
    flowOut(p.otherwise, { en: 'Larger amounts', ko: '그 이상' }, 'branch'),
  ],
  summary: (p, lang) => {
    const limits = p.bands.map((band) => formatAmount(band.below, p.asset.symbol)).join(' / ');
    return lang === 'ko' ? `${limits} 기준으로 분기` : `split at ${limits}`;
  },
  explain: (p, { language, branch }) => {
    const index = p.bands.findIndex((band) => band.port === branch);
    const upper = index >= 0 ? formatAmount(p.bands[index]!.below, p.asset.symbol) : undefined;
    const lower =
      index > 0
        ? formatAmount(p.bands[index - 1]!.below, p.asset.symbol)
        : index < 0
          ? formatAmount(p.bands.at(-1)!.below, p.asset.symbol)
          : undefined;
    if (language === 'ko') {
      if (upper && lower) return `${lower} 이상 ${upper} 미만을 요청하는`;
      return upper ? `${upper} 미만을 요청하는` : `${lower} 이상을 요청하는`;
    }
    if (upper && lower) return `asking for ${lower} or more but less than ${upper}`;
    return upper ? `asking for less than ${upper}` : `asking for ${lower} or more`;
  },
  flow: {
    role: 'route',
    // Every band can be taken, whatever the type: which one depends on the amount the proposal asks for.
    exits: (p) => [
      ...p.bands.map((band, index) => ({
        port: band.port,
        amount: {
          asset: p.asset,
          below: band.below,
          ...(index > 0 ? { atLeast: p.bands[index - 1]!.below } : {}),
        },
      })),
      { port: p.otherwise, amount: { asset: p.asset, atLeast: p.bands.at(-1)!.below } },
    ],
  },
  stepNote: branchNote,
  simulation: routeByAmountStep,
  targets: routeByAmountTargets,
  checks: routeByAmountChecks,
});
