import type {
  CharterNode,
  ConvictionNode,
  MajorityVoteNode,
  MultisigNode,
  ProposalNode,
  TimelockNode,
  TokenHoldersNode,
  VetoNode,
} from '../generated/charter-document.ts';
import type { ExitRole, KindName, Localized, ParamsOf, RouteExit } from './node-kind.ts';
import type { TargetName } from './target-name.ts';

/**
 * What a node becomes in each target: a small tag its emitter understands, with the typed node where the emitter
 * reads its params. `routing` is a router the target enforces by which unit holds power (each unit is deployed for
 * one type, stage or open-ended amount band, and only that unit is given the power to act for it).
 */
export interface TargetParts {
  openzeppelin:
    | { part: 'proposal-threshold'; node: ProposalNode }
    | { part: 'vote'; node: MajorityVoteNode }
    | { part: 'votes-token'; node: TokenHoldersNode }
    | { part: 'timelock'; node: TimelockNode }
    | { part: 'veto'; node: VetoNode; window: number }
    | {
        /**
         * A list of addresses that may be a veto's body: the TimelockController's cancellers. Any other use of it
         * is refused with `otherwise`, its kind's own refusal.
         */
        part: 'veto-body';
        members: readonly string[];
        field: string;
        otherwise: TargetRefusal;
      }
    | { part: 'executor' }
    | { part: 'routing' };
  aragon:
    | { part: 'proposal'; node: ProposalNode }
    | { part: 'token-voting'; node: MajorityVoteNode }
    | { part: 'multisig'; node: MultisigNode }
    | { part: 'voting-token'; node: TokenHoldersNode }
    | { part: 'member-list'; members: readonly string[]; field: string }
    | { part: 'executor' }
    | { part: 'routing' };
  safe:
    | { part: 'proposal' }
    | { part: 'owners-threshold'; node: MultisigNode }
    | { part: 'owners'; owners: readonly string[]; field: string }
    | { part: 'executor' }
    | { part: 'routing' };
  snapshot:
    | { part: 'proposal'; node: ProposalNode }
    | { part: 'vote'; node: CharterNode; voting: SnapshotVoteSpec }
    | { part: 'strategy'; read(network: string): SnapshotReading }
    | { part: 'signal' }
    | { part: 'routing' };
  gardens:
    | { part: 'proposal' }
    | { part: 'pool'; node: ConvictionNode; anchor: true }
    | { part: 'stakers'; node: TokenHoldersNode }
    | { part: 'routing' };
}

/**
 * How a decision runs on Snapshot, as its kind says: the voting type, timing (seconds) and quorum as the rule states
 * it, and each rule Snapshot runs differently (the Snapshot target reports those as `target-unsupported`).
 */
export interface SnapshotVoteSpec {
  type: 'basic' | 'single-choice' | 'approval' | 'ranked-choice' | 'quadratic' | 'weighted';
  delay: number;
  period: number;
  /** Dotted path of the period in the node, for diagnostics. */
  periodField: string;
  quorum?: { percent: string } | { absolute: string } | { count: number };
  /** Dotted path of the quorum in the node, for diagnostics. */
  quorumField: string;
  /** `rejection`: the quorum counts Against votes only, and Against strictly above it rejects the proposal. */
  quorumType?: 'rejection';
  /**
   * For a rejection quorum of people (one vote each): the rule blocks once Against *reaches* ⌈quorum⌉ people (at
   * least 1), so the space's quorum is one person less, since Snapshot rejects only above it.
   */
  rejectsOnReaching?: true;
  /** What Snapshot runs differently from the rule, in both languages, each with the field it concerns. */
  unsupported: readonly { message: Localized; field?: string }[];
  /** When every voter must have the same voting power (quadratic credits): the message if they do not. */
  needsOnePerPerson?: { message: Localized; field: string };
}

/**
 * How Snapshot reads an electorate's voting power and who may vote, as its kind says, or the problems (each about
 * the electorate node, without its name: the Snapshot target prefixes it).
 */
export type SnapshotReading =
  | {
      ok: true;
      /** Each strategy as its schema in snapshot-labs/score-api requires it. */
      strategies: { name: string; network: string; params: Record<string, unknown> }[];
      /** The unit of voting power: the token's symbol, or VOTE for one person, one vote. */
      symbol: string;
      voteValidation: { name: string; params: Record<string, unknown> };
      /** Voting power in existence, in whole units, when known: what a percentage quorum is a share of. */
      supply: string | undefined;
      /** Whether each voter counts once (members, signers). */
      perPerson: boolean;
    }
  | { ok: false; problems: { message: Localized; field: string; code?: 'target-out-of-range' }[] };

/** One target's part. */
export type TargetPart<T extends TargetName = TargetName> = TargetParts[T];

/** Why a target cannot enforce a node, and what a founder can do instead, in words a founder understands. */
export interface TargetRefusal {
  refused: true;
  reason: Localized;
  instead: Localized;
}

/** What a node's kind can know about the unit it would be part of, beyond its own params. */
export interface TargetContext {
  /**
   * For a flow node: the exits by which the paths to the unit's anchor leave it (a routing band with its amounts, a
   * decision's `passed` or `failed`). Empty for the anchor itself and for electorates.
   */
  exits: readonly { port: string; role: ExitRole; amount?: RouteExit['amount'] }[];
  /** For an electorate: the input ports it feeds in the unit (`voters`, `proposers`, `source`), in order. */
  feeds: readonly string[];
  /** Whether this node is the unit's anchor (the outcome, or for Gardens the pool). */
  anchor: boolean;
}

/**
 * What a node of kind `K` becomes on target `T` in a given context, or why it cannot. Written as a method so that,
 * like the definition's other methods, a kind's declaration fits the definition of any kind (method parameters are
 * bivariant); {@link bindNode} is what pairs a node with its own kind's declaration.
 */
export type TargetSupport<N, T extends TargetName> = {
  declare(node: N, context: TargetContext): TargetPart<T> | TargetRefusal;
}['declare'];

/** A kind's declaration for every target: adding a target makes every kind declare it. */
export type TargetDeclarations<K extends KindName> = TargetDeclarationsFor<KindNode<K, ParamsOf<K>>>;

/** A node of kind `K` with params `P`, as a declaration receives it (a node of the generated type `XNode`). */
export interface KindNode<K extends KindName, P> {
  id: string;
  kind: K;
  label?: string;
  params: P;
}

/** {@link TargetDeclarations} over the node type itself. */
export type TargetDeclarationsFor<N> = { [T in TargetName]: TargetSupport<N, T> };

/** Whether a declaration's answer is a refusal. */
export function isRefusal(answer: TargetPart | TargetRefusal): answer is TargetRefusal {
  return 'refused' in answer;
}
