import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlowNode } from './flow-types.ts';

/**
 * The nodes to hand React Flow, each with its accessible name: its title, its kind and its problems ("Council vote,
 * Majority vote, 2 errors"). Only these are named, not every node of the document: i18next takes about 0.1 ms a
 * name, and a 2,000-node graph draws a few dozen. A node keeps its named object while its flow-store object stays the
 * same (its view, and so its name, is inside it), so React Flow skips it.
 */
export function useNamedNodes(nodes: readonly FlowNode[]): FlowNode[] {
  const { t } = useTranslation();
  // A new language is a new `t`, and every name is made again.
  const named = useMemo(() => {
    void t;
    return new WeakMap<FlowNode, FlowNode>();
  }, [t]);
  return useMemo(
    () =>
      nodes.map((node) => {
        const known = named.get(node);
        if (known) return known;
        const { view } = node.data;
        const problems = [
          view.errors > 0 ? t('node.errors', { count: view.errors }) : '',
          view.warnings > 0 ? t('node.warnings', { count: view.warnings }) : '',
        ]
          .filter(Boolean)
          .join(', ');
        const ariaLabel = t(problems ? 'canvas.nodeNameProblems' : 'canvas.nodeName', {
          title: view.title,
          kind: view.group ? view.kindTitle : t('node.unknownKind', { kind: view.kind }),
          problems,
        });
        const next = { ...node, ariaLabel };
        named.set(node, next);
        return next;
      }),
    [nodes, named, t],
  );
}
