import { optimistic } from '../mechanisms/optimistic.ts';
import { amount, array, at, decimals, integer, object, supplyShare, tokens } from './fields.ts';
import { TallyInputError } from './tally-input-error.ts';

/** `charter tally optimistic`: reads supply, objection threshold, window and objections, runs {@link optimistic}. */
export function optimisticTally(input: unknown): unknown {
  const record = object(
    input,
    '',
    ['supply', 'decimals', 'objectionThreshold', 'window', 'objections'],
    ['supply', 'objectionThreshold', 'objections'],
  );
  const tokenDecimals = decimals(record.decimals, 'decimals');
  const windowRecord =
    record.window === undefined
      ? undefined
      : object(record.window, 'window', ['start', 'end'], ['start', 'end']);
  const objections = array(record.objections, 'objections').map((value, index) => {
    const path = at('objections', index);
    const objection = object(value, path, ['weight', 'at'], ['weight']);
    if (windowRecord !== undefined && objection.at === undefined)
      throw new TallyInputError(
        at(path, 'at'),
        'is required when "window" is given',
        '"window"가 있으면 필요합니다',
      );
    const weight = amount(objection.weight, at(path, 'weight'), tokenDecimals);
    return objection.at === undefined ? { weight } : { weight, at: integer(objection.at, at(path, 'at')) };
  });
  const result = optimistic({
    supply: amount(record.supply, 'supply', tokenDecimals),
    objectionThreshold: supplyShare(record.objectionThreshold, 'objectionThreshold', tokenDecimals),
    objections,
    ...(windowRecord === undefined
      ? {}
      : {
          window: {
            start: integer(windowRecord.start, 'window.start'),
            end: integer(windowRecord.end, 'window.end'),
          },
        }),
  });
  return {
    threshold: tokens(result.threshold, tokenDecimals),
    objections: tokens(result.objections, tokenDecimals),
    blocked: result.blocked,
    passed: result.passed,
  };
}
