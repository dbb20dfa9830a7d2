import type { Language } from '../nodes/node-kind.ts';

const units = [
  { seconds: 86_400, en: ['day', 'days'], ko: '일' },
  { seconds: 3_600, en: ['hour', 'hours'], ko: '시간' },
  { seconds: 60, en: ['minute', 'minutes'], ko: '분' },
  { seconds: 1, en: ['second', 'seconds'], ko: '초' },
] as const;

/**
 * A duration in seconds as people say it, exactly, in the largest units that fit: 172800 → "2 days",
 * 129600 → "1 day 12 hours", 90 → "1 minute 30 seconds"; in Korean "2일", "1일 12시간".
 */
export function formatDuration(seconds: number, language: Language = 'en'): string {
  if (!Number.isFinite(seconds) || seconds < 0) return String(seconds);
  if (seconds === 0) return language === 'ko' ? '0초' : '0 seconds';
  const parts: string[] = [];
  let rest = Math.round(seconds);
  for (const unit of units) {
    const n = Math.floor(rest / unit.seconds);
    if (n === 0) continue;
    rest -= n * unit.seconds;
    parts.push(language === 'ko' ? `${n}${unit.ko}` : `${n} ${n === 1 ? unit.en[0] : unit.en[1]}`);
  }
  return parts.join(' ');
}
