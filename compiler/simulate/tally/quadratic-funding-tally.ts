import { quadraticFunding } from '../mechanisms/quadratic-funding.ts';
import { amount, array, at, boolean, decimals, object, percent, string, tokens } from './fields.ts';
import { TallyInputError } from './tally-input-error.ts';

/** `charter tally quadratic-funding`: reads the JSON input, runs {@link quadraticFunding}, returns `{"matches"}`. */
export function quadraticFundingTally(input: unknown): unknown {
  const record = object(
    input,
    '',
    ['pool', 'decimals', 'cap', 'minContribution', 'ignoreSaturation', 'contributions'],
    ['pool', 'contributions'],
  );
  const tokenDecimals = decimals(record.decimals, 'decimals');
  let cap: { percent: string } | { amount: bigint } | null = null;
  if (record.cap !== undefined && record.cap !== null) {
    const capRecord = object(record.cap, 'cap', ['percent', 'amount']);
    if ((capRecord.percent === undefined) === (capRecord.amount === undefined)) {
      throw new TallyInputError(
        'cap',
        'expected exactly one of "percent" or "amount", or null for no cap',
        '"percent"와 "amount" 중 정확히 하나, 또는 상한이 없으면 null이어야 합니다',
      );
    }
    cap =
      capRecord.percent !== undefined
        ? { percent: percent(capRecord.percent, 'cap.percent') }
        : { amount: amount(capRecord.amount, 'cap.amount', tokenDecimals) };
  }
  const contributions = array(record.contributions, 'contributions').map((value, index) => {
    const path = at('contributions', index);
    const contribution = object(
      value,
      path,
      ['project', 'contributor', 'amount'],
      ['project', 'contributor', 'amount'],
    );
    return {
      project: string(contribution.project, at(path, 'project')),
      contributor: string(contribution.contributor, at(path, 'contributor')),
      amount: amount(contribution.amount, at(path, 'amount'), tokenDecimals),
    };
  });
  const result = quadraticFunding({
    pool: amount(record.pool, 'pool', tokenDecimals),
    cap,
    contributions,
    ...(record.minContribution === undefined
      ? {}
      : { minContribution: amount(record.minContribution, 'minContribution', tokenDecimals) }),
    ignoreSaturation: boolean(record.ignoreSaturation, 'ignoreSaturation', false),
  });
  return {
    matches: Object.fromEntries(
      Object.entries(result.matches).map(([project, match]) => [project, tokens(match, tokenDecimals)]),
    ),
  };
}
