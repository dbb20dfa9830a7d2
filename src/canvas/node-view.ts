import {
  type CharterNode,
  type Diagnostic,
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
  /** The first problem's message, for the badge's tooltip. */
  problem: string | undefined;
  hasLabel: boolean;
}

interface Cached {
  stored: CharterNode;
  filled: CharterNode | undefined;
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
        (filledNode === undefined) === (previous.filled === undefined);
      const view = reuse ? previous.view : buildView(node, filledNode ?? node, mine, language);
      next.set(node.id, { stored: node, filled: filledNode, language, problemsKey, view });
      views.set(node.id, view);
    }
    this.cache = next;
    return views;
  }
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
      summary = kind.summary(filled.params, language);
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
    problem: (problems.find((d) => d.severity === 'error') ?? problems[0])?.message,
    hasLabel: Boolean(stored.label?.trim()),
  };
}
