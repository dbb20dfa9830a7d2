import { veto } from '../mechanisms/veto.ts';
import { array, at, integer, object, percent, string } from './fields.ts';
import { TallyInputError } from './tally-input-error.ts';

/** `charter tally veto`: reads the body, threshold, window and vetoes, runs {@link veto}. */
export function vetoTally(input: unknown): unknown {
  const record = object(
    input,
    '',
    ['members', 'threshold', 'window', 'vetoes'],
    ['members', 'threshold', 'vetoes'],
  );
  const members = array(record.members, 'members').map((member, index) =>
    string(member, at('members', index)),
  );
  const thresholdRecord = object(record.threshold, 'threshold', ['percent', 'count']);
  if ((thresholdRecord.percent === undefined) === (thresholdRecord.count === undefined)) {
    throw new TallyInputError(
      'threshold',
      'expected exactly one of "percent" or "count"',
      '"percent"와 "count" 중 정확히 하나가 있어야 합니다',
    );
  }
  const threshold =
    thresholdRecord.percent !== undefined
      ? { percent: percent(thresholdRecord.percent, 'threshold.percent') }
      : { count: integer(thresholdRecord.count, 'threshold.count', 1) };
  const windowRecord =
    record.window === undefined ? undefined : object(record.window, 'window', ['start', 'end'], ['start']);
  const vetoes = array(record.vetoes, 'vetoes').map((value, index) => {
    const path = at('vetoes', index);
    const vote = object(value, path, ['member', 'at'], ['member']);
    if (windowRecord !== undefined && vote.at === undefined)
      throw new TallyInputError(
        at(path, 'at'),
        'is required when "window" is given',
        '"window"가 있으면 필요합니다',
      );
    const member = string(vote.member, at(path, 'member'));
    return vote.at === undefined ? { member } : { member, at: integer(vote.at, at(path, 'at')) };
  });
  const window =
    windowRecord === undefined
      ? undefined
      : {
          start: integer(windowRecord.start, 'window.start'),
          ...(windowRecord.end === undefined ? {} : { end: integer(windowRecord.end, 'window.end') }),
        };
  return veto({ members, threshold, vetoes, ...(window === undefined ? {} : { window }) });
}
