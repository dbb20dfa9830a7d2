/**
 * Snapshot's test for one element of a ballot, `proposal.choices[element - 1] !== undefined`, as a 0-based
 * index: JavaScript converts `element` to a number (so "2", [2] and true count as 2, 2 and 1), and the result
 * must be a whole number from 0 to `choiceCount - 1`. Returns -1 when Snapshot would call the element invalid.
 */
export function snapshotChoiceIndex(element: unknown, choiceCount: number): number {
  const index = (typeof element === 'number' ? element : Number(element)) - 1;
  return Number.isInteger(index) && index >= 0 && index < choiceCount ? index : -1;
}
