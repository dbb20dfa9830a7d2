import { type MajorityVote, majority } from '../mechanisms/majority.ts';
import {
  amount,
  array,
  at,
  coefficient,
  decimals,
  integer,
  object,
  oneOf,
  percent,
  supplyShare,
  tokens,
} from './fields.ts';
import { TallyInputError } from './tally-input-error.ts';

/** `charter tally majority`: reads the JSON input, runs {@link majority} and returns the JSON output (README: charter tally). */
export function majorityTally(input: unknown): unknown {
  const record = object(
    input,
    '',
    [
      'supply',
      'decimals',
      'quorum',
      'quorumCounts',
      'rounding',
      'supportPercent',
      'superQuorumPercent',
      'quorumBase',
      'quorumExcluded',
      'quorumMinimum',
      'quorumMaximum',
      'quorumRise',
      'forThreshold',
      'forMargin',
      'timing',
      'votes',
    ],
    ['supply', 'quorum', 'votes'],
  );
  const tokenDecimals = decimals(record.decimals, 'decimals');
  const timingRecord =
    record.timing === undefined
      ? undefined
      : object(record.timing, 'timing', ['start', 'deadline', 'lateQuorumExtension'], ['start', 'deadline']);
  const votes = array(record.votes, 'votes').map((value, index): MajorityVote => {
    const path = at('votes', index);
    const vote = object(value, path, ['support', 'weight', 'split', 'at']);
    const when = vote.at === undefined ? {} : { at: integer(vote.at, at(path, 'at')) };
    if (timingRecord !== undefined && vote.at === undefined)
      throw new TallyInputError(
        at(path, 'at'),
        'is required when "timing" is given',
        '"timing"이 있으면 필요합니다',
      );
    if (vote.split !== undefined) {
      if (vote.support !== undefined || vote.weight !== undefined) {
        throw new TallyInputError(
          path,
          'a vote has either "split" or "support" and "weight", not both',
          '한 표에는 "split" 또는 "support"와 "weight" 중 한쪽만 있어야 합니다',
        );
      }
      const split = object(vote.split, at(path, 'split'), ['for', 'against', 'abstain']);
      const part = (key: string): bigint =>
        split[key] === undefined ? 0n : amount(split[key], at(at(path, 'split'), key), tokenDecimals);
      return { split: { for: part('for'), against: part('against'), abstain: part('abstain') }, ...when };
    }
    if (vote.support === undefined)
      throw new TallyInputError(
        at(path, 'support'),
        'is required (or give "split")',
        '필요합니다(또는 "split"을 주세요)',
      );
    if (vote.weight === undefined)
      throw new TallyInputError(at(path, 'weight'), 'is required', '필요한 필드입니다');
    return {
      support: oneOf(vote.support, at(path, 'support'), ['for', 'against', 'abstain']),
      weight: amount(vote.weight, at(path, 'weight'), tokenDecimals),
      ...when,
    };
  });
  const rounding = oneOf(record.rounding, 'rounding', ['floor', 'ceil'], 'floor');
  const optionalAmount = (key: string) =>
    record[key] === undefined ? {} : { [key]: amount(record[key], key, tokenDecimals) };
  const riseRecord =
    record.quorumRise === undefined
      ? undefined
      : object(
          record.quorumRise,
          'quorumRise',
          ['coefficient', 'maximumPercent'],
          ['coefficient', 'maximumPercent'],
        );
  if (record.quorum !== undefined && 'absolute' in (record.quorum as object) && riseRecord !== undefined)
    throw new TallyInputError('quorumRise', 'needs a quorum given as "percent", which it rises from');
  const result = majority({
    rounding,
    supply: amount(record.supply, 'supply', tokenDecimals),
    quorum: supplyShare(record.quorum, 'quorum', tokenDecimals),
    quorumCounts: oneOf(record.quorumCounts, 'quorumCounts', ['for', 'for+abstain', 'all'], 'for+abstain'),
    ...(record.supportPercent === undefined
      ? {}
      : { supportPercent: percent(record.supportPercent, 'supportPercent', { below100: true }) }),
    ...optionalAmount('quorumBase'),
    ...optionalAmount('quorumExcluded'),
    ...optionalAmount('quorumMinimum'),
    ...optionalAmount('quorumMaximum'),
    ...optionalAmount('forThreshold'),
    ...optionalAmount('forMargin'),
    ...(riseRecord === undefined
      ? {}
      : {
          quorumRise: {
            coefficient: coefficient(riseRecord.coefficient, 'quorumRise.coefficient'),
            maximumPercent: percent(riseRecord.maximumPercent, 'quorumRise.maximumPercent'),
          },
        }),
    ...(record.superQuorumPercent === undefined
      ? {}
      : { superQuorumPercent: percent(record.superQuorumPercent, 'superQuorumPercent') }),
    ...(timingRecord === undefined
      ? {}
      : {
          timing: {
            start: integer(timingRecord.start, 'timing.start'),
            deadline: integer(timingRecord.deadline, 'timing.deadline'),
            lateQuorumExtension:
              timingRecord.lateQuorumExtension === undefined
                ? 0
                : integer(timingRecord.lateQuorumExtension, 'timing.lateQuorumExtension'),
          },
        }),
    votes,
  });
  return {
    quorum: tokens(result.quorum, tokenDecimals),
    ...(result.quorumBase === undefined ? {} : { quorumBase: tokens(result.quorumBase, tokenDecimals) }),
    rounding,
    for: tokens(result.for, tokenDecimals),
    against: tokens(result.against, tokenDecimals),
    abstain: tokens(result.abstain, tokenDecimals),
    quorumReached: result.quorumReached,
    ...(result.forThresholdMet === undefined ? {} : { forThresholdMet: result.forThresholdMet }),
    ...(result.forMarginMet === undefined ? {} : { forMarginMet: result.forMarginMet }),
    succeeded: result.succeeded,
    ...(result.superQuorum === undefined
      ? {}
      : {
          superQuorum: tokens(result.superQuorum, tokenDecimals),
          superQuorumReached: result.superQuorumReached,
        }),
    ...(result.deadline === undefined ? {} : { deadline: result.deadline, uncounted: result.uncounted }),
    ...(result.decidedAt === undefined ? {} : { decidedAt: result.decidedAt }),
  };
}
