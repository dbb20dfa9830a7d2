import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { useFlowStore } from '../../canvas/flow-store.ts';
import { useFocusNode } from '../../canvas/use-focus-node.ts';

/** Selects nodes and brings them into view: one node is centred as a problem's click does; several are fitted. */
export function useFocusNodes(): (nodeIds: readonly string[]) => void {
  const reactFlow = useReactFlow();
  const focusNode = useFocusNode();
  return useCallback(
    (nodeIds: readonly string[]) => {
      const present = nodeIds.filter((id) => reactFlow.getInternalNode(id));
      if (present.length === 1) return focusNode(present[0]!);
      if (present.length === 0) return;
      useFlowStore.getState().select(present);
      void reactFlow.fitView({
        nodes: present.map((id) => ({ id })),
        duration: 300,
        maxZoom: 1.2,
        padding: 0.3,
      });
    },
    [reactFlow, focusNode],
  );
}
