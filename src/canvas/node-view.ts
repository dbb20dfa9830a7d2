import {
  bindNode,
  type CharterNode,
  type Diagnostic,
  diagnosticText,
  getNodeKind,
  type Language,
  type NodeGroup,
  type PortDefinition,
} from '../../compiler/index.ts';
import { nodePorts } from '../edits/node-ports.ts';
import { quickFill } from '../store/quick-fill.ts';

/** What a node card shows: everything derived, so the card itself only renders. */
export interface NodeView {
  id: string;
  kind: string;
  group: NodeGroup | undefined;
  /** The label, or the kind's title when there is none. */
  title: string;
  kindTitle: string;
  /** Key parameters in words ("4% quorum · 7 days"); empty when the params are too broken to read. */
  summary: string;
  ports: readonly PortDefinition[];
  errors: number;
  warnings: number;
  /** The first problem's message in the interface language, for the badge's tooltip. */
  problem: string | undefined;
  hasLabel: boolean;
}

interface Cached {
  stored: CharterNode;
  /** Whether the view was built from the checked document's defaults, not the quick fill of a fresh edit. */
  exact: boolean;
  language: Language;
  problemsKey: string;
  view: NodeView;
}

/**
 * Builds node views, reusing last time's view object for every node whose stored form, language and problems did
 * not change, so memoized node cards skip rendering. One instance lives as long as the canvas.
 */
export class NodeViewCache {
  private cache = new Map<string, Cached>();

  /**
   * @param filled - from the check of this very document, the nodes whose quick fill is not exact, filled in (every
   *   other node's quick fill is); absent while the check of a fresh edit is still pending, when edited nodes get
   *   their kind's top-level defaults meanwhile.
   */
  views(
    stored: readonly CharterNode[],
    filled: ReadonlyMap<string, CharterNode> | undefined,
    diagnostics: readonly Diagnostic[],
    language: Language,
  ): Map<string, NodeView> {
    const problems = new Map<string, Diagnostic[]>();
    for (const diagnostic of diagnostics) {
      if (diagnostic.nodeId === undefined) continue;
      const list = problems.get(diagnostic.nodeId) ?? [];
      list.push(diagnostic);
      problems.set(diagnostic.nodeId, list);
    }
    const exact = filled !== undefined;
    const next = new Map<string, Cached>();
    const views = new Map<string, NodeView>();
    for (const node of stored) {
      const mine = problems.get(node.id) ?? [];
      const problemsKey = mine.map((d) => `${d.severity}:${d.message}`).join('\n');
      const previous = this.cache.get(node.id);
      const reuse =
        previous &&
        previous.stored === node &&
        previous.language === language &&
        previous.problemsKey === problemsKey &&
        (previous.exact || !exact);
      let view = reuse
        ? previous.view
        : buildView(node, filled?.get(node.id) ?? quickFill(node), mine, language);
      // The check of an opened document usually confirms what its quick fill drew: the card keeps its view object,
      // so its memoized component and React Flow's node skip it.
      if (!reuse && previous && sameView(previous.view, view)) view = previous.view;
      next.set(node.id, {
        stored: node,
        exact: reuse ? previous.exact : exact,
        language,
        problemsKey,
        view,
      });
      views.set(node.id, view);
    }
    this.cache = next;
    return views;
  }
}

/** Whether two views draw the same card. */
function sameView(a: NodeView, b: NodeView): boolean {
  return (
    a.id === b.id &&
    a.kind === b.kind &&
    a.group === b.group &&
    a.title === b.title &&
    a.kindTitle === b.kindTitle &&
    a.summary === b.summary &&
    a.errors === b.errors &&
    a.warnings === b.warnings &&
    a.problem === b.problem &&
    a.hasLabel === b.hasLabel &&
    a.ports.length === b.ports.length &&
    a.ports.every((port, i) => JSON.stringify(port) === JSON.stringify(b.ports[i]))
  );
}

/** The first error's words, else the first warning's, in `language`. */
function firstProblem(problems: readonly Diagnostic[], language: Language): string | undefined {
  const first = problems.find((d) => d.severity === 'error') ?? problems[0];
  return first === undefined ? undefined : diagnosticText(first, language);
}

function buildView(
  stored: CharterNode,
  filled: CharterNode,
  problems: readonly Diagnostic[],
  language: Language,
): NodeView {
  const kind = getNodeKind(stored.kind);
  let summary = '';
  if (kind && !problems.some((d) => d.severity === 'error' && d.field?.startsWith('params'))) {
    try {
      summary = bindNode(filled).summary(language);
    } catch {
      summary = '';
    }
  }
  const errors = problems.filter((d) => d.severity === 'error').length;
  const warnings = problems.filter((d) => d.severity === 'warning').length;
  const kindTitle = kind ? kind.title[language] : stored.kind;
  return {
    id: stored.id,
    kind: stored.kind,
    group: kind?.group,
    title: stored.label?.trim() ? stored.label : kindTitle,
    kindTitle,
    summary,
    ports: nodePorts(filled),
    errors,
    warnings,
    problem: firstProblem(problems, language),
    hasLabel: Boolean(stored.label?.trim()),
  };
}
