import type { NodeProps, NodeTypes } from '@xyflow/react';
import { memo } from 'react';
import type { NodeGroup } from '../../compiler/index.ts';
import type { FlowNode } from './flow-types.ts';
import { NodeCard, type NodeCardLook } from './NodeCard.tsx';

/** A memoized node component for one palette group: the shared card with the group's glyph, tag and colours. */
function groupNode(name: string, look: NodeCardLook) {
  const component = memo((props: NodeProps<FlowNode>) => <NodeCard {...props} look={look} />);
  component.displayName = name;
  return component;
}

/** One node component per palette group, at module scope so React Flow never remounts them. */
export const nodeTypes: NodeTypes & Record<NodeGroup | 'unknown', NodeTypes[string]> = {
  proposals: groupNode('ProposalNode', { glyph: '§' }),
  routing: groupNode('RoutingNode', { glyph: '⑂' }),
  electorates: groupNode('ElectorateNode', { glyph: '◉' }),
  convex: groupNode('ConvexDecisionNode', { glyph: '⚖', tag: 'node.tags.convex' }),
  concave: groupNode('ConcaveDecisionNode', { glyph: '◔', tag: 'node.tags.concave' }),
  combinators: groupNode('CombinatorNode', { glyph: '⋈' }),
  outcomes: groupNode('OutcomeNode', { glyph: '■' }),
  unknown: groupNode('UnknownNode', { glyph: '?' }),
};
