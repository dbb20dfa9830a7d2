import {
  bindNode,
  type CharterNode,
  type Diagnostic,
  defaultParams,
  diagnosticText,
  getNodeKind,
  type Language,
  type NodeGroup,
  type PortDefinition,
} from '../../compiler/index.ts';
import { nodePorts } from '../edits/node-ports.ts';

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
   * @param filled - the nodes with defaults filled in, from the check of this very document; absent while the
   *   check of a fresh edit is still pending, when edited nodes get their kind's top-level defaults meanwhile.
   */
  views(
    stored: readonly CharterNode[],
    filled: readonly CharterNode[] | undefined,
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
    const filledById = new Map(filled?.map((node) => [node.id, node]));
    const next = new Map<string, Cached>();
    const views = new Map<string, NodeView>();
    for (const node of stored) {
      const mine = problems.get(node.id) ?? [];
      const problemsKey = mine.map((d) => `${d.severity}:${d.message}`).join('\n');
      const previous = this.cache.get(node.id);
      const filledNode = filledById.get(node.id);
      const reuse =
        previous &&
        previous.stored === node &&
        previous.language === language &&
        previous.problemsKey === problemsKey &&
        (previous.exact || filledNode === undefined);
      const view = reuse ? previous.view : buildView(node, filledNode ?? quickFill(node), mine, language);
      next.set(node.id, {
        stored: node,
        exact: reuse ? previous.exact : filledNode !== undefined,
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

/** Each kind's defaults, shared by the quick fills: a view only reads them, so one copy per kind is enough. */
const kindDefaults = new Map<string, Record<string, unknown>>();

/** A node with its kind's top-level defaults under its params: enough to draw it until the check arrives. */
function quickFill(node: CharterNode): CharterNode {
  let defaults = kindDefaults.get(node.kind);
  if (defaults === undefined) {
    // defaultParams copies its answer on every call (about 0.1 ms); a 2,000-node document would copy it 2,000 times.
    defaults = defaultParams(node.kind);
    kindDefaults.set(node.kind, defaults);
  }
  return { ...node, params: { ...defaults, ...node.params } } as CharterNode;
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
