/** The first of `base`, `base-2`, `base-3`… not in `taken`, kept within the 64 characters an id may have. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const stem = base.slice(0, 56).replace(/^[^A-Za-z0-9]+/, '') || 'node';
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
