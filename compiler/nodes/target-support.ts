import { formatAmount } from '../format/format-amount.ts';
import type {
  CharterNode,
  ConvictionNode,
  MajorityVoteNode,
  MultisigNode,
  ProposalNode,
  TimelockNode,
  TokenHoldersNode,
} from '../generated/charter-document.ts';
import type { ExitRole, KindName, Localized, ParamsOf, RouteExit } from './node-kind.ts';
import type { TargetName } from './target-name.ts';

export type { Localized };

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
  /** What Snapshot runs differently from the rule, each with the field it concerns. */
  unsupported: readonly { message: string; field?: string }[];
  /** When every voter must have the same voting power (quadratic credits): the message if they do not. */
  needsOnePerPerson?: { message: string; field: string };
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
  | { ok: false; problems: { message: string; field: string; code?: 'target-out-of-range' }[] };

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

/** How refusals name each target. */
export const targetTitles: { [T in TargetName]: Localized } = {
  openzeppelin: { en: 'An OpenZeppelin Governor', ko: 'OpenZeppelin 거버너' },
  aragon: { en: 'Aragon OSx', ko: 'Aragon OSx' },
  safe: { en: 'A Safe', ko: 'Safe' },
  snapshot: { en: 'Snapshot', ko: 'Snapshot' },
  gardens: { en: 'A Gardens pool', ko: 'Gardens 풀' },
};

/** A refusal, in English and Korean. */
export function refuse(reason: Localized, instead: Localized): TargetRefusal {
  return { refused: true, reason, instead };
}

/** Whether a declaration's answer is a refusal. */
export function isRefusal(answer: TargetPart | TargetRefusal): answer is TargetRefusal {
  return 'refused' in answer;
}

/** A refusal that starts by naming the target: "`title` cannot run `what`." */
export function cannot(target: TargetName, what: Localized, instead: Localized): TargetRefusal {
  const title = targetTitles[target];
  return refuse(
    { en: `${title.en} cannot run ${what.en}.`, ko: `${title.ko}는 ${what.ko}을(를) 실행할 수 없습니다.` },
    instead,
  );
}

/** A choice among options on Snapshot: no voting delay, the node's period and quorum (omitted when it has none). */
export function snapshotChoice(
  type: SnapshotVoteSpec['type'],
  params: { votingPeriod: number; quorum?: { percent: string } | { absolute: string } },
  unsupported: SnapshotVoteSpec['unsupported'] = [],
): SnapshotVoteSpec {
  const spec: SnapshotVoteSpec = {
    type,
    delay: 0,
    period: params.votingPeriod,
    periodField: 'params.votingPeriod',
    quorumField: 'params.quorum',
    unsupported,
  };
  if (params.quorum !== undefined) spec.quorum = params.quorum;
  return spec;
}

/** The part every target makes of a router it enforces by which unit holds power. */
export function routing(): { part: 'routing' } {
  return { part: 'routing' };
}

/**
 * The refusal for a decision whose paths lead on from a failure exit (`failed`, `vetoed`): every target runs what
 * passes, never what is rejected. Undefined when the paths leave by passing exits only.
 */
export function onFailure(target: TargetName, context: TargetContext): TargetRefusal | undefined {
  const exit = context.exits.find((candidate) => candidate.role === 'failed' || candidate.role === 'vetoed');
  if (!exit) return undefined;
  const title = targetTitles[target];
  return refuse(
    {
      en: `${title.en} runs what a decision passes, never what it rejects, and here the path leads on from its "${exit.port}" exit.`,
      ko: `${title.ko}는 가결된 것만 실행하며 부결된 것은 실행하지 않는데, 여기서는 "${exit.port}" 출구에서 경로가 이어집니다.`,
    },
    {
      en: 'Connect the passing exit to the execution, and end the failing exit in Reject.',
      ko: '가결 출구를 실행에 연결하고, 부결 출구는 거절로 끝내세요.',
    },
  );
}

/**
 * A route by amount as `target` sees it: a band with an upper limit cannot be enforced (no target checks the amount a
 * proposal moves, so its unit could move any amount). The open-ended band (amounts of at least X) is accepted: its
 * unit can move every amount the band covers, and a proposer who brings it a smaller amount gets the open-ended
 * band's rules, which the founder wrote for the largest amounts.
 */
export function amountBand(
  target: TargetName,
  context: TargetContext,
  instead: Localized,
): { part: 'routing' } | TargetRefusal {
  const band = context.exits.find((exit) => exit.amount?.below !== undefined)?.amount;
  if (!band) return routing();
  const limit = formatAmount(band.below!, band.asset.symbol);
  const title = targetTitles[target];
  return refuse(
    {
      en: `${title.en} cannot enforce "below ${limit}": what it runs here could move any amount.`,
      ko: `${title.ko}는 "${limit} 미만"을 강제할 수 없어, 여기서 실행되는 것이 금액 제한 없이 움직일 수 있습니다.`,
    },
    instead,
  );
}
