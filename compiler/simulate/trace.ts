/** The votes of one decision, in base units of the electorate's power (1 per member), as decimal text. */
export interface TraceTally {
  for: string;
  against: string;
  abstain: string;
  /** How many voters took part. */
  voters: number;
}

/** One node a proposal passed. Times are seconds from when the proposal was made. */
export interface StepTrace {
  node: string;
  kind: string;
  /** When the proposal reached the node (for a join, when it passed or failed: its last needed arrival, or when
   * its failure became known). */
  at: number;
  /** When the node let the proposal go on (at + voting delay and period, window, or timelock delay). */
  until: number;
  /** The exit taken, or null at an outcome or where the proposal stopped (see `reason`). */
  branch: string | null;
  tally?: TraceTally;
  /** The quorum in base units (or members), the power that counted toward it, and whether it was met. */
  quorum?: { needed: string; counted: string; met: boolean };
  /** The passing rule and whether it was met: a support share (percent text), approvals, vetoes or objections. */
  threshold?: { rule: string; needed: string; counted: string; met: boolean };
  /** A multi-choice decision with the proposal's options: each option's score in voting power. */
  scores?: { option: string; score: number }[];
  /** An allocating decision (budget split, quadratic funding) with the proposal's options: base units per option. */
  allocation?: { option: string; amount: string }[];
  /**
   * A join that never fired: how many of its inputs arrived. No longer written (a join the proposal heads for always
   * passes or fails); kept so that traces saved before still read.
   */
  waiting?: { arrived: number; needed: number };
  /**
   * A delay whose extra cancellers' power ends: when it ends, in seconds from when the proposal was made (at or before
   * `at`: it had ended; before `until`: it ends during the delay). Set only when the scenario dates its proposals.
   */
  cancelUntil?: number;
  /** Why the proposal stopped here: a node the simulator cannot run, or a router with no branch for it. */
  reason?: string;
}

/** What happened to a proposal: executed (an execute node reached), signalled, rejected, stalled (a node the simulator cannot run was reached, or no outcome was: a stage with no branch; the trace's `reason` says which), not-proposed (no active holder of the proposers' electorate meets the proposal threshold) or no-route (no route for its type). */
export type ProposalOutcome = 'executed' | 'signalled' | 'rejected' | 'stalled' | 'not-proposed' | 'no-route';

/** The trace of one sample proposal through its route. */
export interface ProposalTrace {
  type: string;
  /** Base units, decimal text. */
  amount: string;
  steps: StepTrace[];
  outcome: ProposalOutcome;
  /** The outcome node reached (the first execute or signal node; else the first reject node). */
  end: string | null;
  /** Seconds from the proposal to when it could execute; null unless executed. */
  executableAfter: number | null;
  /** Why a stalled proposal stalled, naming the nodes. */
  reason?: string;
}
