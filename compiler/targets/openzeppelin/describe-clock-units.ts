import { formatAmount } from '../../format/format-amount.ts';
import type { Language } from '../../nodes/node-kind.ts';
import type { Clock } from '../../units/seconds-to-clock.ts';

/**
 * A count of clock units as a founder reads it in a message: "7,200 blocks at 12 seconds a block" on a block-number
 * clock, "86,400 seconds" on a timestamp clock.
 */
export function describeClockUnits(units: bigint, clock: Clock, language: Language = 'en'): string {
  const count = formatAmount(String(units));
  if (language === 'ko') {
    return clock.clockMode === 'timestamp' ? `${count}초` : `블록 ${count}개(블록당 ${clock.blockTime}초)`;
  }
  if (clock.clockMode === 'timestamp') return `${count} ${units === 1n ? 'second' : 'seconds'}`;
  const blockTime = `${clock.blockTime} ${clock.blockTime === 1 ? 'second' : 'seconds'}`;
  return `${count} ${units === 1n ? 'block' : 'blocks'} at ${blockTime} a block`;
}
