import { budgetSplit } from '../mechanisms/budget-split.ts';
import { parseDecimal } from '../mechanisms/parse-decimal.ts';
import { amount, array, at, decimals, object, oneOf, string, tokens } from './fields.ts';
import { TallyInputError } from './tally-input-error.ts';

/** `charter tally budget-split`: reads the JSON input, runs {@link budgetSplit}, returns the allocation by option. */
export function budgetSplitTally(input: unknown): unknown {
  const record = object(
    input,
    '',
    ['budget', 'decimals', 'options', 'aggregation', 'ballots'],
    ['budget', 'options', 'ballots'],
  );
  const tokenDecimals = decimals(record.decimals, 'decimals');
  const options = array(record.options, 'options').map((option, index) =>
    string(option, at('options', index)),
  );
  if (new Set(options).size !== options.length)
    throw new TallyInputError('options', 'names an option twice', '같은 선택지를 두 번 적었습니다');
  const ballots = array(record.ballots, 'ballots').map((value, index) => {
    const path = at('ballots', index);
    const ballot = object(value, path, ['split', 'weight'], ['split']);
    const parts = array(ballot.split, at(path, 'split')).map((part, k) => {
      const ratio = typeof part === 'string' ? parseDecimal(part) : undefined;
      if (ratio === undefined)
        throw new TallyInputError(
          at(at(path, 'split'), k),
          `expected a non-negative decimal string such as "40", got ${JSON.stringify(part)}`,
          `"40"처럼 0 이상의 십진수 문자열이어야 하는데 ${JSON.stringify(part)}입니다`,
        );
      return ratio;
    });
    if (parts.length !== options.length)
      throw new TallyInputError(
        at(path, 'split'),
        `expected ${options.length} parts, one per option, got ${parts.length}`,
        `선택지마다 하나씩 ${options.length}개의 몫이어야 하는데 ${parts.length}개입니다`,
      );
    if (parts.every((part) => part.num === 0n))
      throw new TallyInputError(at(path, 'split'), 'gives every option 0', '모든 선택지에 0을 주었습니다');
    // Bring the parts to one scale: only their proportions matter.
    let scale = 1n;
    for (const part of parts) if (part.den > scale) scale = part.den;
    const split = parts.map((part) => (part.num * scale) / part.den);
    return ballot.weight === undefined
      ? { split }
      : { split, weight: amount(ballot.weight, at(path, 'weight'), tokenDecimals) };
  });
  const result = budgetSplit({
    budget: amount(record.budget, 'budget', tokenDecimals),
    options: options.length,
    ballots,
    aggregation: oneOf<'median' | 'mean'>(record.aggregation, 'aggregation', ['median', 'mean'], 'median'),
  });
  return {
    allocation: Object.fromEntries(
      options.map((option, index) => [option, tokens(result.allocation[index]!, tokenDecimals)]),
    ),
    aggregation: result.aggregation,
  };
}
