import { Background, BackgroundVariant, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { useMemo } from 'react';
import type { CharterDocument } from '../../../compiler/index.ts';
import { useResolvedTheme } from '../../app/use-resolved-theme.ts';
import type { FlowEdge, FlowNode } from '../../canvas/flow-types.ts';
import { nodeTypes } from '../../canvas/node-types.tsx';
import { NodeViewCache } from '../../canvas/node-view.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { edgeKey } from './diff-overlay.ts';

/** The union of both versions: every node of `current`, then the nodes only `other` has, where `other` put them. */
function unionNodes(current: CharterDocument, other: CharterDocument) {
  const ids = new Set(current.nodes.map((node) => node.id));
  return [...current.nodes, ...other.nodes.filter((node) => !ids.has(node.id))];
}

/** Edges of both versions: those only on the canvas green (added), those only in the earlier version red (removed). */
function unionEdges(current: CharterDocument, other: CharterDocument): FlowEdge[] {
  const kept = new Set(other.edges.map(edgeKey));
  const mine = new Set(current.edges.map(edgeKey));
  const edge = (e: CharterDocument['edges'][number], id: string, tone: string | undefined): FlowEdge => ({
    id,
    source: e.from.node,
    sourceHandle: e.from.port,
    target: e.to.node,
    targetHandle: e.to.port,
    className: tone ? `overlay-${tone}` : '',
    data: { portType: 'flow' },
  });
  return [
    ...current.edges.map((e) => edge(e, `current:${e.id}`, kept.has(edgeKey(e)) ? undefined : 'added')),
    ...other.edges.filter((e) => !mine.has(edgeKey(e))).map((e) => edge(e, `other:${e.id}`, 'removed')),
  ];
}

/**
 * Both versions on one read-only canvas, so nodes that exist only in the other version can be seen: the review's
 * overlay layer colours them as on the main canvas (added green, removed red, changed amber with before → after).
 */
export function DiffCanvas(props: { current: CharterDocument; other: CharterDocument; label: string }) {
  const language = useLanguage();
  const theme = useResolvedTheme();
  const nodes = useMemo<FlowNode[]>(() => {
    const stored = unionNodes(props.current, props.other);
    const views = new NodeViewCache().views(stored, undefined, [], language);
    return stored.map((node) => {
      const view = views.get(node.id)!;
      return {
        id: node.id,
        type: view.group ?? 'unknown',
        position: { x: node.position?.x ?? 0, y: node.position?.y ?? 0 },
        data: { view },
      };
    });
  }, [props.current, props.other, language]);
  const edges = useMemo(() => unionEdges(props.current, props.other), [props.current, props.other]);
  return (
    <div className="review-diff-canvas" role="img" aria-label={props.label}>
      <ReactFlowProvider>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          colorMode={theme}
          defaultEdgeOptions={{ type: 'smoothstep' }}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          deleteKeyCode={null}
          fitView
          minZoom={0.05}
        >
          <Background variant={BackgroundVariant.Dots} gap={20} />
        </ReactFlow>
      </ReactFlowProvider>
    </div>
  );
}
