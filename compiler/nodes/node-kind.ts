import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { CharterNode } from '../generated/charter-document.ts';
import type { KindChecks } from './checks.ts';
import type { ElectorateBehaviour } from './electorate.ts';
import type { LintContext } from './lint.ts';
import type { LowerBehaviour } from './lower.ts';
import type { SimulationStep } from './simulation-step.ts';
import type { StepNote } from './step-note.ts';
import type { TargetName } from './target-name.ts';
import type { KindNode, TargetDeclarationsFor } from './target-support.ts';

/** Text in each language Charter speaks. */
export interface Localized {
  en: string;
  ko: string;
}

/** A language Charter speaks. */
export type Language = keyof Localized;

/** `flow` carries a proposal from step to step; `electorate` says who votes and with what weight. */
export type PortType = 'flow' | 'electorate';

/**
 * What taking a flow exit means for the proposal: `next` (a step that does not decide: the proposal goes on),
 * `passed` (a yes/no decision said yes, or a veto did not block), `failed` (a decision said no, or reached no
 * result), `vetoed` (a second body blocked it), `decided` (a concave decision chose or allocated), `branch` (a
 * routing node sent it down one of several branches).
 */
export type ExitRole = 'next' | 'passed' | 'failed' | 'vetoed' | 'decided' | 'branch';

/** The exit roles by which a decision says no. */
export const failureRoles: ReadonlySet<ExitRole> = new Set(['failed', 'vetoed']);

/** One connection point of a node. */
export interface PortDefinition {
  /** Unique among the node's ports; edges name it. */
  id: string;
  type: PortType;
  direction: 'in' | 'out';
  /** Fewest edges the port needs. */
  min: number;
  /** Most edges the port takes; absent when there is no limit. */
  max?: number;
  label: Localized;
  /** For a flow exit: what taking it means. */
  role?: ExitRole;
}

/** The palette groups of DESIGN.md, in palette order. */
export const nodeGroups = [
  'proposals',
  'routing',
  'electorates',
  'convex',
  'concave',
  'combinators',
  'outcomes',
] as const;

/** A palette group. */
export type NodeGroup = (typeof nodeGroups)[number];

/** Every kind name, as the generated document types spell it. */
export type KindName = CharterNode['kind'];

/** The params of a node of kind `K`, after defaults are applied. */
export type ParamsOf<K extends KindName> = Extract<CharterNode, { kind: K }>['params'];

/** A JSON Schema (draft 2020-12) fragment, with Charter's annotations `x-unit` and `x-ko`. */
export type JsonSchema = { [keyword: string]: unknown };

/** What a path analysis knows when it asks a routing node which exits a proposal can take. */
export interface RouteContext {
  /** The proposal's type. */
  type: string;
  /** The stage of decentralization the analysis is for, or null when the document has no stages. */
  stage: string | null;
}

/** An exit a routing node may send a proposal down, and the condition in words-free form. */
export interface RouteExit {
  port: string;
  /**
   * For a band of amounts: the amount asked is at least `atLeast` and below `below` (whole tokens of `asset`,
   * decimal text). Absent for routes that depend only on the type or the stage.
   */
  amount?: { asset: { symbol: string; decimals: number }; atLeast?: string; below?: string };
}

/**
 * What a node does to a proposal that reaches it, the one fact the path analysis reads:
 * - `entry`: proposals of the `types` start here (its exits are `next`);
 * - `electorate`: not on a proposal's way; feeds voters to decisions;
 * - `route`: sends the proposal down the exits `exits` gives for its type and stage (several when the choice
 *   depends on the amount asked);
 * - `decision`: a body decides; the exit taken has the role its port declares (`passed`, `failed`, ...);
 * - `join`: waits for the branches that lead in: `all` of them must arrive by a passing exit, or `any` one;
 * - `delay`: holds the proposal `seconds` before it goes on;
 * - `outcome`: the end of a path: executed on chain (by `runsOn`), signalled (recorded on `runsOn`, or nowhere), or
 *   rejected.
 */
export type FlowBehaviour<P> =
  | { role: 'entry'; types(params: P): readonly string[] }
  | { role: 'electorate' }
  | {
      role: 'route';
      exits(params: P, context: RouteContext): readonly RouteExit[];
      /** For a router by stage: the stages it distinguishes, in order. */
      stages?(params: P): readonly string[];
    }
  | { role: 'decision' }
  | { role: 'join'; needs: 'all' | 'any' }
  | { role: 'delay'; seconds(params: P): number }
  | {
      role: 'outcome';
      outcome: 'executed' | 'signalled' | 'rejected';
      /** The target that runs (or records) the outcome, or null when none of Charter's targets does. */
      runsOn(params: P): TargetName | null;
    };

/** Any node kind's definition, whatever its params. Layers call it through {@link bindNode}, never with a cast. */
export type AnyNodeKindDefinition = { [K in KindName]: NodeKindDefinition<K> }[KindName];

/**
 * Everything about one node kind, in one place. The palette, the inspector, the schema, the validator, the
 * compiler, the path analysis, the simulator, the explainer and every target read this definition; there is no
 * second list of kinds, and no layer outside `compiler/nodes/` tests a node's kind by name.
 *
 * @typeParam K - the kind's name; its params are the generated type {@link ParamsOf}.
 */
export interface NodeKindDefinition<K extends KindName = KindName, P = ParamsOf<K>> {
  /** The `kind` written in documents, such as `majority-vote`. */
  kind: K;
  group: NodeGroup;
  title: Localized;
  /** One line on what the node decides or does. */
  description: Localized;
  /** Schema of `params`, with defaults, units (`x-unit`) and bounds. Emitted into charter.schema.json. */
  params: JsonSchema;
  /** The node's ports, for parameters that passed the schema (routing nodes grow a port per branch). */
  ports(params: P): readonly PortDefinition[];
  /** Key parameters in a few words, as the canvas shows them: "4% quorum · 7 days". */
  summary(params: P, language: Language): string;
  /**
   * Plain words for this node inside a proposal's path, as `explain` composes them. Electorates give a noun phrase
   * ("ACME holders"); routing kinds the condition of `context.branch` ("asking for 50,000 USDC or more"); decisions
   * one or more sentences; outcomes a clause ("a 2-day timelock follows").
   */
  explain(params: P, context: ExplainContext): string;
  /** What the node does to a proposal that reaches it (see {@link FlowBehaviour}). */
  flow: FlowBehaviour<P>;
  /** The preview's line under the node for one simulated step; absent for kinds no proposal passes (electorates). */
  stepNote?: StepNote;
  /** What the node does in a simulation (see {@link SimulationStep}); absent for electorates, entries and outcomes. */
  simulation?: SimulationStep;
  /** What each target makes of a node of this kind on a path it runs, or why it cannot (see TargetDeclarations). */
  targets: TargetDeclarationsFor<KindNode<K, P>>;
  /**
   * The targets on which a node of this kind, not being an outcome, anchors a unit of its own (a conviction node is a
   * Gardens pool): only these are asked whether it does, as each step of each flow would otherwise be asked by every
   * target. Its declaration for such a target answers the anchor with `anchor: true`. Default: none.
   */
  anchorsOn?: readonly TargetName[];
  /** For an electorate: its voting power, its addresses, how it lowers (see {@link ElectorateBehaviour}). */
  electorate?: ElectorateBehaviour<P>;
  /** What the validator checks beyond the schema and the ports (see {@link KindChecks}). */
  checks?: KindChecks<P>;
  /** How it lowers into the config beyond the generic walk of its params (see {@link LowerBehaviour}). */
  lower?: LowerBehaviour<P>;
  /** Risky designs this kind alone can show, as warnings (see {@link LintContext}). */
  lint?(params: P, context: LintContext): readonly Diagnostic[];
}

/** What a node's explanation may need beyond its own params. */
export interface ExplainContext {
  language: Language;
  /** The voters of a decision (or the electorate a weighting reweighs, or the proposers), already in words. */
  voters: string;
  /** What the voters' power is counted in: a token symbol ("ACME"), or "votes". */
  unit: string;
  /** Whether the voters count one per person (members, signers) rather than by tokens held. */
  perPerson: boolean;
  /** For a routing node: the exit the path takes. */
  branch: string;
}

/** Declares a node kind. The identity function exists so each kind file is checked against the interface. */
export function defineNodeKind<K extends KindName>(definition: NodeKindDefinition<K>): NodeKindDefinition<K> {
  return definition;
}
