import type { CharterConfig, ConfigBody } from '../generated/charter-config.ts';
import type { DrawnVote } from '../simulate/draw-votes.ts';
import type { SnapshotVote } from '../simulate/mechanisms/snapshot-types.ts';
import type { GeneratedElectorate } from '../simulate/scenario/generate-electorate.ts';
import type { Scenario, ScenarioProposal } from '../simulate/scenario/scenario.ts';
import type { Coalition } from '../simulate/step/coalition.ts';
import type { StepTrace } from '../simulate/trace.ts';
import type { PortDefinition } from './node-kind.ts';
import type { TargetName } from './target-name.ts';

/** A config step's `rule` or a body's `rule`: the node's params in exact units (see `lowerParams`). */
export type LoweredRule = { [field: string]: unknown };

/** An exit a step can take, with what taking it means (ports of the kind, as {@link PortDefinition} declares them). */
export type SimulationExit = Pick<PortDefinition, 'id' | 'role'>;

/** What a decision sees when a sample proposal reaches it: its body in the config, its voters and their votes. */
export interface DecisionInput {
  config: CharterConfig;
  body: ConfigBody;
  /** The body's electorate as the scenario generated it (empty when the body has none). */
  electorate: GeneratedElectorate;
  /** Who voted, which side and when; `holder` indexes `electorate.holders`. */
  votes: readonly DrawnVote[];
  proposal: ScenarioProposal;
  scenario: Scenario;
  /** The simulation's one random stream: ballots beyond the side taken are drawn from it, in voter order. */
  random: () => number;
  /**
   * The targets whose executing outcomes the decision leads to by its passing exits: the decision is deployed
   * there, so it counts as they count (Aragon rounds a quorum up, OpenZeppelin down). Empty when it executes nowhere.
   */
  executesOn: readonly TargetName[];
  /**
   * Sees the Snapshot ballots a multi-choice decision drew (approval, ranked choice, quadratic, a weighted split), as
   * Snapshot would store them, before they are scored. The simulator never sets it; `charter verify --target snapshot`
   * does, to score the same ballots with snapshot.js.
   */
  onBallots?: (ballots: readonly SnapshotVote[]) => void;
}

/** The trace numbers a decision reports beside its exit. */
export type DecisionNumbers = Pick<StepTrace, 'tally' | 'quorum' | 'threshold' | 'scores' | 'allocation'>;

/**
 * What a decision did: the exit it took (one of its `exits`), how long it took (seconds from when the proposal
 * reached it) and the numbers behind it; or, when the config lacks what the kind needs to decide, why it cannot
 * be simulated (the simulator then stops the proposal there and says so: it never guesses).
 */
export type DecisionOutcome =
  | (DecisionNumbers & { exit: string; duration: number })
  | { unsupported: string };

/** The smallest coalitions of top holders that carry one decision alone (see the Monte Carlo capture analysis). */
export interface DecisionCoalitions {
  /** The coalition that passes the step when no one else votes; null when none can. */
  unopposed: Coalition | null;
  /** The coalition that passes it even if every other holder votes against it (objects, vetoes); null when none can. */
  opposed: Coalition | null;
}

/** What a router sees: its rule, the exits the config keeps for the proposal's type, and the proposal. */
export interface RouteInput {
  rule: LoweredRule;
  /** The exits of the config step, in config order (a router by type keeps only the branch the type takes). */
  exits: readonly string[];
  /** The amount asked, in base units of the router's asset. */
  amount: bigint;
  /** The stage the DAO is in, or null when it has none. */
  stage: string | null;
}

/**
 * What a node kind does when a sample proposal reaches it in a simulation, on the config form of its params. It
 * mirrors the kind's flow role: a `decision` decides on drawn votes, a `route` picks the exit, a `delay` holds the
 * proposal, a `join` names its exits (when it passes or fails follows from the flow role's `needs`). Entries and
 * outcomes need no step: the flow role says all the simulator needs. A kind on a proposal's way without the step
 * its role needs is reported by the simulator, never walked past.
 */
export type SimulationStep =
  | {
      role: 'decision';
      /** Every exit `decide` may return, with its role. */
      exits: readonly SimulationExit[];
      decide(input: DecisionInput): DecisionOutcome;
      /**
       * Who can carry the decision alone; absent when the kind is not analysed. `executesOn` as in
       * {@link DecisionInput}: the targets whose counting applies.
       */
      capture?(
        body: ConfigBody,
        electorate: GeneratedElectorate,
        executesOn: readonly TargetName[],
      ): DecisionCoalitions;
    }
  | {
      role: 'route';
      /** The exit the proposal takes, or null when none applies (the simulator reports it). */
      route(input: RouteInput): string | null;
    }
  | {
      role: 'delay';
      seconds(rule: LoweredRule): number;
      /**
       * The Unix second from which the delay's extra cancellers can no longer cancel, when their power ends (a
       * guardian's or a security council's expiry); undefined when it does not. The simulator places it in the
       * proposal's time when the scenario dates its proposals (the trace's `cancelUntil`).
       */
      cancelUntil?(rule: LoweredRule): number | undefined;
    }
  | { role: 'join'; exits: readonly SimulationExit[] };
