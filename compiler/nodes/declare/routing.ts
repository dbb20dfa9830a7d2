/** The part every target makes of a router it enforces by which unit holds power. */
export function routing(): { part: 'routing' } {
  return { part: 'routing' };
}
