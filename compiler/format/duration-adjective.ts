import type { Language } from '../nodes/node-kind.ts';
import { formatDuration } from './format-duration.ts';

/**
 * A duration as a word before a noun: "a 2-day timelock", "a 14-day round"; in Korean "2일". Durations of several
 * units read better after the noun, so for them this gives undefined: "a timelock of 1 day 12 hours".
 */
export function durationAdjective(seconds: number, language: Language): string | undefined {
  const words = formatDuration(seconds, language);
  if (language === 'ko') return words;
  const match = /^(\d+) (day|hour|minute|second)s?$/.exec(words);
  return match ? `${match[1]}-${match[2]}` : undefined;
}
