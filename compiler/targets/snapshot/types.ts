/** One entry of a Snapshot space's `strategies`: how voting power is read (snapshot.js src/schemas/space.json). */
export interface SnapshotStrategy {
  /** The strategy's id in snapshot-labs/score-api (formerly snapshot-strategies): `erc20-votes`, `whitelist`. */
  name: string;
  /** The chain id as text. */
  network: string;
  params: Record<string, unknown>;
}

/** A proposal or vote validation: `basic`, `passport-gated`, or `any` for none. */
export interface SnapshotValidation {
  name: string;
  params: Record<string, unknown>;
}

/**
 * The settings of a Snapshot space, in the shape snapshot.js validates them (src/schemas/space.json, v0.17.5) and the
 * sequencer stores them: only the fields Charter sets; the rest (avatar, admins, treasuries…) stay the space's own.
 */
export interface SnapshotSpaceSettings {
  /** At most 32 characters. */
  name: string;
  /** The chain id as text. */
  network: string;
  /** The unit voting power is shown in, at most 16 characters. */
  symbol: string;
  strategies: SnapshotStrategy[];
  /** Who may create proposals. */
  validation: SnapshotValidation;
  /** Who may vote, beyond having voting power. */
  voteValidation: SnapshotValidation;
  voting: {
    /** Seconds from a proposal's creation to the start of voting, 0 to 2592000 (30 days). */
    delay: number;
    /** Seconds voting lasts, 0 to 31622400 (366 days). */
    period: number;
    /** The voting type every proposal in the space uses. */
    type: 'basic' | 'single-choice' | 'approval' | 'ranked-choice' | 'quadratic' | 'weighted';
    /** Voting power, in whole tokens (or votes), that must take part; with `quorumType: 'rejection'`, vote Against. */
    quorum: number;
    /** Present for optimistic rules: the quorum counts Against votes only, and reaching it rejects the proposal. */
    quorumType?: 'rejection';
  };
}
