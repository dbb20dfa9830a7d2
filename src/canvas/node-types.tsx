import type { NodeProps, NodeTypes } from '@xyflow/react';
import { memo } from 'react';
import type { NodeGroup } from '../../compiler/index.ts';
import type { FlowNode } from './flow-types.ts';
import { NodeCard, type NodeCardLook } from './NodeCard.tsx';

/** A memoized node component for one palette group: the shared card with the group's tag and colours. */
function groupNode(name: string, look: NodeCardLook) {
  const component = memo((props: NodeProps<FlowNode>) => <NodeCard {...props} look={look} />);
  component.displayName = name;
  return component;
}

/** One node component per palette group, at module scope so React Flow never remounts them. */
export const nodeTypes: NodeTypes & Record<NodeGroup | 'unknown', NodeTypes[string]> = {
  proposals: groupNode('ProposalNode', {}),
  routing: groupNode('RoutingNode', {}),
  electorates: groupNode('ElectorateNode', {}),
  convex: groupNode('ConvexDecisionNode', { tag: 'node.tags.convex' }),
  concave: groupNode('ConcaveDecisionNode', { tag: 'node.tags.concave' }),
  combinators: groupNode('CombinatorNode', {}),
  outcomes: groupNode('OutcomeNode', {}),
  unknown: groupNode('UnknownNode', {}),
};
