import { isObject } from '../document/is-object.ts';
import type { Language } from '../nodes/node-kind.ts';
import { formatAmount } from './format-amount.ts';
import { formatDateTime } from './format-date-time.ts';
import { formatDuration } from './format-duration.ts';
import { formatPercent } from './format-percent.ts';

/** A parameter's value in human units, led by its schema's `x-unit`: 604800 seconds → "7 days", "4.5" → "4.5%". */
export function formatParamValue(value: unknown, unit: unknown, language: Language = 'en'): string {
  if (value === undefined) return language === 'ko' ? '(없음)' : '(none)';
  if (unit === 'seconds' && typeof value === 'number') return formatDuration(value, language);
  if (unit === 'percent' && typeof value === 'string') return formatPercent(value);
  if (unit === 'datetime' && typeof value === 'string') return formatDateTime(value, language);
  if (unit === 'tokens' && typeof value === 'string') return formatAmount(value);
  if ((unit === 'supply-share' || unit === 'veto-threshold') && isObject(value)) {
    if (typeof value.percent === 'string') return formatPercent(value.percent);
    if (typeof value.absolute === 'string')
      return `${formatAmount(value.absolute)}${language === 'ko' ? '표' : ' votes'}`;
    if (typeof value.count === 'number') return String(value.count);
  }
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
