import type { SnapshotParameters, SnapshotTally } from '../mechanisms/snapshot-types.ts';
import { array, at, object, string, votingPower } from './fields.ts';

/**
 * `charter tally` for a Snapshot-compatible mechanism: reads `{"choices": [...], "votes": [{"choice", "vp"}]}`,
 * runs `mechanism` and returns `{"scores": [...], "scoresTotal": n}` (README: charter tally). A ballot's `choice` is passed on
 * as it is, since whether it is valid is the mechanism's rule, not a malformed input.
 */
export function snapshotTally(
  mechanism: (parameters: SnapshotParameters) => SnapshotTally,
  input: unknown,
): SnapshotTally {
  const record = object(input, '', ['choices', 'votes'], ['choices', 'votes']);
  const choices = array(record.choices, 'choices').map((choice, index) =>
    string(choice, at('choices', index)),
  );
  const votes = array(record.votes, 'votes').map((value, index) => {
    const path = at('votes', index);
    const vote = object(value, path, ['choice', 'vp'], ['vp']);
    return { choice: vote.choice, vp: votingPower(vote.vp, at(path, 'vp')) };
  });
  const { scores, scoresTotal } = mechanism({ choices, votes });
  return { scores, scoresTotal };
}
