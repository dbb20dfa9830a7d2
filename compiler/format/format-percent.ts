/** A percentage kept as decimal text, as people write it: "4.50" → "4.5%". */
export function formatPercent(percent: string): string {
  const trimmed = percent.includes('.') ? percent.replace(/\.?0+$/, '') : percent;
  return `${trimmed}%`;
}
