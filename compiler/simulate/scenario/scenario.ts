/**
 * How the holders of one electorate are generated. Balances are in base units and always add up to exactly the
 * electorate's total supply (token electorates) or are 1 each (members and signers, whose listed addresses are
 * used when the config lists them).
 */
export type ElectorateModel =
  /** `holders` holders with equal balances (the remainder goes one unit each to the first holders). */
  | { distribution: 'equal'; holders: number }
  /** Balances proportional to Pareto draws u^(−1/α) with u uniform in (0, 1]; α > 0, smaller is more unequal (1.16 is "80/20"). */
  | { distribution: 'pareto'; holders: number; alpha: number }
  /**
   * `whales` holders share `whaleShare` percent (decimal text) of supply equally; the other `holders − whales`
   * share the rest in proportion to Pareto draws with `tailAlpha`.
   */
  | { distribution: 'whales'; holders: number; whales: number; whaleShare: string; tailAlpha?: number }
  /** Imported `address,balance` lines (see {@link parseBalancesCsv}); balances in base units. */
  | { distribution: 'csv'; csv: string };

/** Probabilities that a voter who turns out votes For, Against or Abstain; normalised by their sum. */
export interface Preference {
  for: number;
  against: number;
  abstain: number;
}

/** One sample proposal. */
export interface ScenarioProposal {
  /** The proposal type, which picks the route. */
  type: string;
  /** What the proposal asks for, in base units of the asset a route-by-amount counts in (decimal text). @default "0" */
  amount?: string;
  /** Options of a multi-choice vote (kept in the trace; yes/no decisions ignore them). */
  options?: string[];
  /** Overrides the scenario's turnout for this proposal. */
  turnout?: number;
  /** Overrides the scenario's preference for this proposal. */
  preference?: Preference;
  /** When this proposal is made, in UTC ("2026-07-24T18:52:59Z"); overrides the scenario's `date`. */
  date?: string;
  /** Overrides for the voters of one electorate (by id), such as a Citizens' House that vetoes what the Token House passed. */
  byElectorate?: Record<string, { turnout?: number; preference?: Preference }>;
}

/** A JSON-friendly description of who votes and how, and which proposals come up. */
export interface Scenario {
  /** Seed of the PRNG (an unsigned 32-bit integer); the same seed gives the same trace. */
  seed: number;
  /** Models by electorate id; electorates not named use `defaultElectorate`. */
  electorates?: Record<string, ElectorateModel>;
  /** @default { distribution: 'pareto', holders: 100, alpha: 1.16 } */
  defaultElectorate?: ElectorateModel;
  /** Share of token holders (0 to 1) who have delegated (to themselves), for tokens with delegation; others cannot vote. @default 1 */
  delegationRate?: number;
  /** Probability (0 to 1) that each eligible voter votes on a decision. @default 0.5 */
  turnout?: number;
  /** @default { for: 0.6, against: 0.3, abstain: 0.1 } */
  preference?: Preference;
  /** The balance of the pool conviction requests are paid from, in base units of its asset (decimal text). @default the stake token's total supply */
  funds?: string;
  /** The stage the DAO is in; @default the config's current stage. */
  stage?: string;
  /**
   * When the sample proposals are made, in UTC ("2026-07-24T18:52:59Z"), for rules that end on a date (a timelock's
   * cancellers with an end). Without it the simulator places no proposal in calendar time and says nothing of them.
   */
  date?: string;
  proposals: ScenarioProposal[];
}

/** One generated holder: balance in base units (1 for a member or signer). */
export interface Holder {
  address: string;
  balance: bigint;
  /** Whether the holder's power counts (delegated, or a token without delegation, or a member). */
  active: boolean;
}
