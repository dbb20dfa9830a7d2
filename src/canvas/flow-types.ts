import type { Edge, Node } from '@xyflow/react';
import type { PortType } from '../../compiler/index.ts';
import type { NodeView } from './node-view.ts';

/** A React Flow node of the canvas: its data is the node's view. React Flow types stay in src/. */
export type FlowNode = Node<{ view: NodeView }>;

/** A React Flow edge of the canvas, typed by the port it leaves. */
export type FlowEdge = Edge<{ portType: PortType }>;
