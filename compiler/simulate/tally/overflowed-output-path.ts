/**
 * The path (`scores[0]`) of the first number in a tally's output that is not finite, or undefined. Floating-point
 * mechanisms (Snapshot's scores, conviction) overflow to Infinity on inputs near the largest double; JSON prints
 * that as null, which must never reach a user as a score.
 */
export function overflowedOutputPath(output: unknown): string | undefined {
  const stack: [unknown, string][] = [[output, '']];
  while (stack.length > 0) {
    const [item, path] = stack.pop()!;
    if (typeof item === 'number' && !Number.isFinite(item)) return path || 'the result';
    if (Array.isArray(item))
      for (let index = item.length - 1; index >= 0; index--) stack.push([item[index], `${path}[${index}]`]);
    else if (typeof item === 'object' && item !== null)
      for (const [key, child] of Object.entries(item).reverse())
        stack.push([child, path === '' ? key : `${path}.${key}`]);
  }
  return undefined;
}
