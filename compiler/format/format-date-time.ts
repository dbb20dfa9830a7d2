import type { Language } from '../nodes/node-kind.ts';

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A UTC moment ("2026-07-24T18:52:59Z") as people read it: "24 July 2026, 18:52:59 UTC"; in Korean "2026년 7월 24일
 * 18:52:59(UTC)". A midnight drops the time: "28 February 2030". Text of another form is returned as it is.
 */
export function formatDateTime(text: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}:\d{2})Z$/.exec(text);
  if (!match) return text;
  const [, year, month, day, time] = match as unknown as [string, string, string, string, string];
  const midnight = time === '00:00:00';
  if (language === 'ko')
    return `${year}년 ${Number(month)}월 ${Number(day)}일${midnight ? '' : ` ${time}`}(UTC)`;
  return `${Number(day)} ${months[Number(month) - 1]} ${year}${midnight ? '' : `, ${time}`} UTC`;
}
