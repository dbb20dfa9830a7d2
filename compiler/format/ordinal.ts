/** The English ordinal of a zero-based index: 0 → "1st", 1 → "2nd", 10 → "11th", 21 → "22nd". */
export function ordinal(index: number): string {
  const n = index + 1;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
