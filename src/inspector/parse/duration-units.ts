/** The units a duration can be typed in, smallest first. */
export const durationUnits = ['seconds', 'minutes', 'hours', 'days', 'weeks'] as const;

/** A unit a duration can be typed in. */
export type DurationUnit = (typeof durationUnits)[number];

/** Seconds in one of each unit. */
export const unitSeconds: Readonly<Record<DurationUnit, number>> = {
  seconds: 1,
  minutes: 60,
  hours: 3_600,
  days: 86_400,
  weeks: 604_800,
};
