/** What a join knows at one moment: see {@link joinVerdict}. */
export interface JoinSituation {
  /** `all` of the branches leading in must pass, or `any` one. */
  needs: 'all' | 'any';
  /** Whether each arrival so far came by a passing exit (not failed, not vetoed). */
  arrivals: readonly boolean[];
  /** Edges into the join nothing has arrived by yet. */
  open: number;
  /** Of those, how many can still bring the proposal. */
  live: number;
  /** Nodes leading into the join that are not on this proposal's route at all (another type's branch). */
  unreachable: number;
  /** Whether the proposal has reached a step on its way to the join (only then can the join fail). */
  inPlay: boolean;
}

/**
 * Whether a join passes (true), fails (false) or must wait (undefined), as its flow role says. An all-of passes once
 * every edge into it brought the proposal by a passing exit, and fails as soon as one arrival was a failure or one
 * edge can no longer bring it (or leads in from off the route); an any-of passes at the first passing arrival and
 * fails when no edge can bring one any more. Failing needs the join to be in play: a join the proposal never heads
 * for does nothing.
 */
export function joinVerdict(join: JoinSituation): boolean | undefined {
  if (join.needs === 'all') {
    if (join.arrivals.some((passing) => !passing)) return false;
    if (join.open === 0 && join.unreachable === 0) return true;
    if (join.inPlay && (join.live < join.open || join.unreachable > 0)) return false;
    return undefined;
  }
  if (join.arrivals.some((passing) => passing)) return true;
  if (join.inPlay && join.live === 0) return false;
  return undefined;
}
