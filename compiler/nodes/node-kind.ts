/** Text in each language Charter speaks. */
export interface Localized {
  en: string;
  ko: string;
}

/** A language Charter speaks. */
export type Language = keyof Localized;

/** `flow` carries a proposal from step to step; `electorate` says who votes and with what weight. */
export type PortType = 'flow' | 'electorate';

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

/** A JSON Schema (draft 2020-12) fragment, with Charter's annotations `x-unit` and `x-ko`. */
export type JsonSchema = { [keyword: string]: unknown };

/**
 * Everything about one node kind, in one place. The palette, the inspector, the schema, the validator, and
 * later the compiler, simulator and explainer read this definition; there is no second list of kinds.
 *
 * @typeParam P - the kind's parameters, as generated from its `params` schema.
 */
export interface NodeKindDefinition<P = unknown> {
  /** The `kind` written in documents, such as `majority-vote`. */
  kind: string;
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
export function defineNodeKind<P>(definition: NodeKindDefinition<P>): NodeKindDefinition<P> {
  return definition;
}
