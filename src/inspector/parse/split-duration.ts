import { type DurationUnit, durationUnits, unitSeconds } from './duration-units.ts';

/** A duration as typed: a whole number of one unit. */
export interface SplitDuration {
  amount: number;
  unit: DurationUnit;
}

/**
 * A whole number of seconds in the largest unit that divides it exactly: 172800 → 2 days, 90 → 90 seconds,
 * 1209600 → 2 weeks. Zero is shown in days, the unit most fields are thought of in.
 */
export function splitDuration(seconds: number): SplitDuration {
  if (seconds === 0) return { amount: 0, unit: 'days' };
  for (const unit of [...durationUnits].reverse()) {
    if (seconds % unitSeconds[unit] === 0) return { amount: seconds / unitSeconds[unit], unit };
  }
  return { amount: seconds, unit: 'seconds' };
}
