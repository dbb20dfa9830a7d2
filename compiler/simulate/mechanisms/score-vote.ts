/** One score ballot: a whole score per option, counted with the voter's weight (base units; 1 per member). */
export interface ScoreBallot {
  scores: readonly number[];
  weight: bigint;
}

/** Parameters of {@link scoreVote}. */
export interface ScoreVoteParameters {
  /** How many options are scored. */
  options: number;
  /** The scale, whole numbers, minScore < maxScore. */
  minScore: number;
  maxScore: number;
  aggregation: 'mean' | 'median';
  ballots: readonly ScoreBallot[];
}

/** What {@link scoreVote} returns, per option in order. */
export interface ScoreVoteReturnType {
  /** The weighted mean (nearest double) or the weighted lower median of the option's scores; minScore with no ballot. */
  scores: number[];
  /** Whether the option is chosen: its aggregated score is strictly above the middle of the scale. */
  chosen: boolean[];
}

/**
 * A score (range) vote: every ballot scores every option, and an option is chosen when its aggregated score is
 * strictly above the middle of the scale, (minScore + maxScore) / 2, that is when the voters, on balance, rate it
 * better than indifferent. `mean`: Σ weight · score / Σ weight, compared exactly (2 · Σ w·s > (min + max) · Σ w).
 * `median`: the weighted lower median, the smallest score s with 2 · W(≤ s) ≥ W; it is above the middle exactly when
 * more than half the weight scored the option above the middle. With no ballot (or no weight) nothing is chosen.
 */
export function scoreVote({
  options,
  minScore,
  maxScore,
  aggregation,
  ballots,
}: ScoreVoteParameters): ScoreVoteReturnType {
  let total = 0n;
  for (const ballot of ballots) total += ballot.weight;
  const middleTwice = BigInt(minScore + maxScore);
  const scores: number[] = [];
  const chosen: boolean[] = [];
  for (let option = 0; option < options; option++) {
    if (total === 0n) {
      scores.push(minScore);
      chosen.push(false);
      continue;
    }
    if (aggregation === 'mean') {
      let sum = 0n;
      for (const ballot of ballots) sum += ballot.weight * BigInt(ballot.scores[option]!);
      scores.push(Number((sum * 10n ** 12n) / total) / 1e12);
      chosen.push(2n * sum > middleTwice * total);
      continue;
    }
    const sorted = ballots
      .map((ballot) => ({ score: ballot.scores[option]!, weight: ballot.weight }))
      .sort((a, b) => a.score - b.score);
    let below = 0n;
    let median = sorted.at(-1)!.score;
    for (const { score, weight } of sorted) {
      below += weight;
      if (2n * below >= total) {
        median = score;
        break;
      }
    }
    scores.push(median);
    chosen.push(BigInt(2 * median) > middleTwice);
  }
  return { scores, chosen };
}
