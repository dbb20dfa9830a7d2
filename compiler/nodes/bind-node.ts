import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { CharterNode } from '../generated/charter-document.ts';
import { getNodeKind } from './catalogue.ts';
import { type BoundChecks, bindChecks } from './checks.ts';
import { type BoundElectorate, bindElectorate } from './electorate.ts';
import type { LintContext } from './lint.ts';
import type { DeclaredStage, LowerContext } from './lower.ts';
import type {
  AnyNodeKindDefinition,
  ExplainContext,
  Language,
  NodeKindDefinition,
  PortDefinition,
  RouteContext,
  RouteExit,
} from './node-kind.ts';
import type { TargetName } from './target-name.ts';
import type { KindNode, TargetContext, TargetPart, TargetRefusal } from './target-support.ts';

/** A node's flow behaviour with its params applied: see {@link FlowBehaviour}. */
export type BoundFlow =
  | { role: 'entry'; types: readonly string[] }
  | { role: 'electorate' }
  | { role: 'route'; exits(context: RouteContext): readonly RouteExit[]; stages: readonly string[] }
  | { role: 'decision' }
  | { role: 'join'; needs: 'all' | 'any' }
  | { role: 'delay'; seconds: number }
  | { role: 'outcome'; outcome: 'executed' | 'signalled' | 'rejected'; runsOn: TargetName | null };

/** A node together with its kind's definition, every method already given the node's params. */
export interface BoundNode {
  definition: AnyNodeKindDefinition;
  ports: readonly PortDefinition[];
  /** The flow exits, in port order. */
  exits: readonly PortDefinition[];
  flow: BoundFlow;
  /** For an electorate: its voting power and lowering, params applied (bound when first asked). */
  electorate(): BoundElectorate | undefined;
  /** What the validator checks beyond the schema, params applied. */
  checks(): BoundChecks;
  /** The node's rule in exact units, when its kind lowers it itself (else the generic walk applies). */
  lowerRule: ((context: LowerContext) => Record<string, unknown>) | undefined;
  /** The stages of decentralization it declares. */
  declaredStages(): readonly DeclaredStage[];
  /** The kind's own lint, params applied (none: no warnings). */
  lint(context: LintContext): readonly Diagnostic[];
  summary(language: Language): string;
  explain(context: ExplainContext): string;
  /** What `target` makes of the node in a unit, or why it cannot (see TargetDeclarations). */
  target<T extends TargetName>(target: T, context: TargetContext): TargetPart<T> | TargetRefusal;
}

const cache = new WeakMap<object, BoundNode>();

/**
 * The one place a node's params meet its kind's definition. Layers outside `compiler/nodes/` read a node through
 * this, so none of them casts params or tests a kind by name. Expects a node that validated (a known kind, params
 * that passed the schema, defaults filled in); throws otherwise (the app, which binds nodes while they are being
 * edited, catches that). Cached per node object.
 */
export function bindNode(node: Pick<CharterNode, 'kind' | 'params'>): BoundNode {
  const cached = cache.get(node);
  if (cached) return cached;
  const definition = getNodeKind(node.kind);
  if (!definition) throw new Error(`bindNode: unknown kind ${JSON.stringify(node.kind)}`);
  const bound = new Bound(definition, node);
  cache.set(node, bound);
  return bound;
}

/**
 * A bound node as one object whose methods live on the class: the compiler binds every node of a large document,
 * and a dozen closures per node made binding a measurable part of compiling. Hooks are bound when first asked (the
 * app binds nodes mid-edit only for their ports).
 */
class Bound implements BoundNode {
  readonly definition: AnyNodeKindDefinition;
  readonly ports: readonly PortDefinition[];
  readonly exits: readonly PortDefinition[];
  readonly flow: BoundFlow;
  readonly lowerRule: ((context: LowerContext) => Record<string, unknown>) | undefined;
  /** The kind's definition, typed over params it cannot name: validation matched them to the kind. */
  private readonly kind: NodeKindDefinition<CharterNode['kind'], unknown>;
  private readonly params: unknown;
  private boundElectorate: BoundElectorate | undefined | null = null;
  private boundChecks: BoundChecks | null = null;
  private stages: readonly DeclaredStage[] | null = null;
  private readonly node: Pick<CharterNode, 'kind' | 'params'>;

  constructor(definition: AnyNodeKindDefinition, node: Pick<CharterNode, 'kind' | 'params'>) {
    this.definition = definition;
    this.node = node;
    // The generated union cannot correlate `kind` with `params`; validation did, so the params are this kind's.
    const kind = definition as NodeKindDefinition<CharterNode['kind'], unknown>;
    const params: unknown = node.params;
    this.kind = kind;
    this.params = params;
    this.ports = kind.ports(params);
    this.exits = this.ports.filter((port) => port.type === 'flow' && port.direction === 'out');
    const flow = kind.flow;
    this.flow =
      flow.role === 'route'
        ? {
            role: 'route',
            exits: (context) => flow.exits(params, context),
            stages: flow.stages?.(params) ?? [],
          }
        : flow.role === 'entry'
          ? { role: 'entry', types: flow.types(params) }
          : flow.role === 'delay'
            ? { role: 'delay', seconds: flow.seconds(params) }
            : flow.role === 'outcome'
              ? { role: 'outcome', outcome: flow.outcome, runsOn: flow.runsOn(params) }
              : flow;
    const rule = kind.lower?.rule;
    this.lowerRule = rule && ((context) => rule(params, context));
  }

  electorate(): BoundElectorate | undefined {
    if (this.boundElectorate === null)
      this.boundElectorate = bindElectorate(this.kind.electorate, this.params);
    return this.boundElectorate;
  }

  checks(): BoundChecks {
    this.boundChecks ??= bindChecks(this.kind.checks, this.params);
    return this.boundChecks;
  }

  declaredStages(): readonly DeclaredStage[] {
    this.stages ??= this.kind.lower?.stages?.(this.params) ?? [];
    return this.stages;
  }

  lint(context: LintContext): readonly Diagnostic[] {
    return this.kind.lint?.(this.params, context) ?? [];
  }

  summary(language: Language): string {
    return this.kind.summary(this.params, language);
  }

  explain(context: ExplainContext): string {
    return this.kind.explain(this.params, context);
  }

  target<T extends TargetName>(target: T, context: TargetContext): TargetPart<T> | TargetRefusal {
    return this.kind.targets[target](this.node as KindNode<CharterNode['kind'], unknown>, context) as
      | TargetPart<T>
      | TargetRefusal;
  }
}
