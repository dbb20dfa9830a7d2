/** At most ten names, each at most 40 characters, and how many more. */
export function listNames(names: readonly string[]): string {
  const shown = names.slice(0, 10).map((name) => name.slice(0, 40));
  return names.length > 10 ? `${shown.join(', ')}, +${names.length - 10}` : shown.join(', ');
}
