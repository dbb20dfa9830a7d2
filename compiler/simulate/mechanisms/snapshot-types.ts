/**
 * The shapes Snapshot's voting types share. A ballot's `choice` is whatever the voter sent (Snapshot stores any
 * JSON there), so it is `unknown` here and each mechanism decides, by Snapshot's own rules, whether it is valid.
 */

/** One ballot: the voter's choice and voting power. */
export interface SnapshotVote {
  /** 1-based: a number (single choice), an array (approval, ranked choice, Copeland) or an object from choice
   * number to weight (weighted, quadratic). Anything else makes the ballot invalid for that type. */
  choice: unknown;
  /** Voting power, a finite non-negative number (Snapshot's `balance`). */
  vp: number;
}

/** What every Snapshot-compatible mechanism takes. */
export interface SnapshotParameters {
  /** The proposal's choices; only their number matters to the tally. Choice `k` is `choices[k - 1]`. */
  choices: readonly string[];
  votes: readonly SnapshotVote[];
}

/** What every Snapshot-compatible mechanism returns, as Snapshot's `getScores()` and `getScoresTotal()` do. */
export interface SnapshotTally {
  /** One score per choice, in the order of `choices`, in voting power. */
  scores: number[];
  /** The total Snapshot reports beside the scores: see each mechanism for which ballots it includes. */
  scoresTotal: number;
}
