import { conviction } from '../mechanisms/conviction.ts';
import { amount, array, at, decimals, fraction, integer, object, tokens } from './fields.ts';
import { TallyInputError } from './tally-input-error.ts';

/** `charter tally conviction`: reads the JSON input, runs {@link conviction}, returns threshold, conviction, passes. */
export function convictionTally(input: unknown): unknown {
  const keys = [
    'decay',
    'maxRatio',
    'weight',
    'minThresholdStakePercentage',
    'supply',
    'funds',
    'requested',
    'totalStaked',
    'stakes',
    'at',
  ];
  const record = object(input, '', [...keys, 'decimals'], keys);
  const tokenDecimals = decimals(record.decimals, 'decimals');
  const places = (name: string, limit: number): string => {
    const text = fraction(record[name], name);
    const fractionDigits = text.split('.')[1]?.replace(/0+$/, '') ?? '';
    if (fractionDigits.length > limit)
      throw new TallyInputError(
        name,
        `has more than ${limit} decimal places, which the contract cannot hold`,
        `소수 자릿수가 ${limit}자리를 넘어 컨트랙트가 담을 수 없습니다`,
      );
    return text;
  };
  const decay = places('decay', 7);
  if (!/^0(\.\d+)?$/.test(decay))
    throw new TallyInputError(
      'decay',
      `expected a decay below 1, got ${decay}`,
      `감쇠율은 1보다 작아야 하는데 ${decay}입니다`,
    );
  const result = conviction({
    decay,
    maxRatio: places('maxRatio', 7),
    weight: places('weight', 7),
    minThresholdStakePercentage: places('minThresholdStakePercentage', 18),
    supply: amount(record.supply, 'supply', tokenDecimals),
    funds: amount(record.funds, 'funds', tokenDecimals),
    requested: amount(record.requested, 'requested', tokenDecimals),
    totalStaked: amount(record.totalStaked, 'totalStaked', tokenDecimals),
    stakes: checkedStakes(
      array(record.stakes, 'stakes').map((value, index) => {
        const path = at('stakes', index);
        const stake = object(value, path, ['at', 'amount'], ['at', 'amount']);
        return {
          at: integer(stake.at, at(path, 'at')),
          amount: amount(stake.amount, at(path, 'amount'), tokenDecimals, { signed: true }),
        };
      }),
    ),
    at: integer(record.at, 'at'),
  });
  return {
    threshold: result.threshold === undefined ? null : tokens(result.threshold, tokenDecimals),
    conviction: tokens(result.conviction, tokenDecimals),
    passes: result.passes,
  };
}

/** Rejects withdrawals of more than is staked, naming the stake that does it. */
function checkedStakes(stakes: { at: number; amount: bigint }[]): { at: number; amount: bigint }[] {
  const order = stakes.map((_, index) => index).sort((a, b) => stakes[a]!.at - stakes[b]!.at || a - b);
  let staked = 0n;
  for (const index of order) {
    staked += stakes[index]!.amount;
    if (staked < 0n)
      throw new TallyInputError(
        at(at('stakes', index), 'amount'),
        'withdraws more than is staked on the proposal',
        '제안에 스테이크된 양보다 많이 회수합니다',
      );
  }
  return stakes;
}
