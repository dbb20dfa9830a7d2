import {
  Background,
  BackgroundVariant,
  ControlButton,
  Controls,
  type Edge,
  type EdgeChange,
  type Connection as FlowConnection,
  MiniMap,
  type OnConnectEnd,
  ReactFlow,
  useNodesInitialized,
  useReactFlow,
  useStore,
} from '@xyflow/react';
import { Map as MapIcon, Maximize } from 'lucide-react';
import { type DragEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModeStore } from '../app/mode-store.ts';
import { useUiStore } from '../app/ui-store.ts';
import { useResolvedTheme } from '../app/use-resolved-theme.ts';
import { addBlock } from '../edits/add-block.ts';
import { addNode } from '../edits/add-node.ts';
import { connect, connectionProblem } from '../edits/connect.ts';
import { cardSize, freeSpot } from '../edits/free-spot.ts';
import { moveNodes } from '../edits/move-nodes.ts';
import { removeElements } from '../edits/remove-elements.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { blockSize, buildingBlocks } from '../palette/building-blocks.ts';
import { measuredSizes } from '../palette/measured-sizes.ts';
import { useDocumentStore } from '../store/document-store.ts';
import { useCheckedDocument } from '../store/use-checked-document.ts';
import { ConnectMenu } from './ConnectMenu.tsx';
import { minimapShown, useCanvasViewStore } from './canvas-view-store.ts';
import { connectionMessage } from './connection-message.ts';
import { connectionOf } from './connection-of.ts';
import { useFlowStore } from './flow-store.ts';
import type { FlowEdge, FlowNode } from './flow-types.ts';
import { nodeTypes } from './node-types.tsx';
import { NodeViewCache } from './node-view.ts';
import { type OverlayTone, useOverlayStore } from './overlay-store.ts';
import { toFlowEdges } from './to-flow-edges.ts';
import { useCulledNodes } from './use-culled-nodes.ts';
import { useFitReadable } from './use-fit-readable.ts';
import { useNamedNodes } from './use-named-nodes.ts';
import { useShowArea } from './use-show-area.ts';

/** The MIME type the palette drags a node kind with. */
export const kindDragType = 'application/x-charter-kind';
/** The drag type a building block carries from the palette: its id. */
export const blockDragType = 'application/x-charter-block';

const snapGrid: [number, number] = [10, 10];
const noNodes: FlowNode[] = [];
const noEdges: FlowEdge[] = [];
const deleteKeys = ['Delete', 'Backspace'];
// Ctrl or ⌘ adds to the selection by click; Shift (React Flow's default) draws a selection box.
const multiSelectKeys = ['Meta', 'Control'];
const onMoveStart = () => useCanvasViewStore.getState().setMoving(true);
const onMoveEnd = () => useCanvasViewStore.getState().setMoving(false);

/**
 * The rule graph: the document drawn with React Flow. Every edit goes to the document store as one undo step; a
 * drag is committed when it ends.
 */
export function Canvas() {
  const { t } = useTranslation();
  const language = useLanguage();
  const theme = useResolvedTheme();
  const reactFlow = useReactFlow<FlowNode, FlowEdge>();
  const document = useDocumentStore((state) => state.document);
  const generation = useDocumentStore((state) => state.generation);
  const edit = useDocumentStore((state) => state.edit);
  const checked = useCheckedDocument();
  const nodes = useFlowStore((state) => state.nodes);
  const selectedEdgeIds = useFlowStore((state) => state.selectedEdgeIds);
  const toast = useUiStore((state) => state.toast);
  const cache = useRef(new NodeViewCache());
  const readOnly = useModeStore((state) => state.readOnly);
  const overlays = useOverlayStore((state) => state.layers);

  // Views follow the document at once (positions, labels); problems follow the deferred check.
  const views = useMemo(() => {
    const sameDocument = checked.document === document;
    return cache.current.views(
      document.nodes,
      sameDocument ? checked.filled : undefined,
      checked.diagnostics,
      language,
    );
  }, [document, checked, language]);

  useEffect(() => {
    useFlowStore.getState().sync(document, views);
  }, [document, views]);

  const edges = useMemo(() => {
    const marks = new Map<string, OverlayTone>();
    for (const layer of Object.values(overlays))
      for (const [id, tone] of Object.entries(layer.edges)) marks.set(id, tone);
    return toFlowEdges(document, views, new Set(selectedEdgeIds), marks);
  }, [document, views, selectedEdgeIds, overlays]);

  const culled = useCulledNodes(nodes, edges, document.nodes.length);
  const namedNodes = useNamedNodes(culled.nodes);
  const fitReadable = useFitReadable();
  const showArea = useShowArea();
  const minimap = useCanvasViewStore((state) => state.minimap);
  const roomy = useStore((state) => minimapShown(true, state));
  // Each document (the first, a template, an import, a restore) is fitted into view once all its nodes have been
  // measured. React Flow's own `fitView` is not used: on an empty canvas it waits, and fits under the first drop.
  const [fittedGeneration, setFittedGeneration] = useState(-1);
  const nodesInitialized = useNodesInitialized();
  useEffect(() => {
    if (fittedGeneration === generation) return;
    // An empty document has nothing to fit; fitting on its first node would jump the view under the user's drop.
    if (document.nodes.length > 0) {
      if (nodes.length !== document.nodes.length) return;
      // A culled graph is fitted from its positions and card sizes: most of its nodes are never measured.
      if (!nodesInitialized && !culled.culling) return;
      fitReadable();
    }
    setFittedGeneration(generation);
  }, [
    fittedGeneration,
    nodesInitialized,
    generation,
    nodes.length,
    document.nodes.length,
    fitReadable,
    culled.culling,
  ]);
  // Until a culled graph is fitted, React Flow gets none of it: the nodes near the view the last document left would
  // be drawn and measured only for the fit to move the view away from them.
  const fitting = culled.culling && fittedGeneration !== generation;

  const ariaLabelConfig = useMemo(
    () => ({
      'node.a11yDescription.default': t('canvas.aria.node'),
      'node.a11yDescription.keyboardDisabled': t('canvas.aria.node'),
      'node.a11yDescription.ariaLiveMessage': (moved: { direction: string; x: number; y: number }) =>
        t('canvas.aria.moved', moved),
      'edge.a11yDescription.default': t('canvas.aria.edge'),
      'controls.ariaLabel': t('canvas.aria.controls'),
      'controls.zoomIn.ariaLabel': t('canvas.aria.zoomIn'),
      'controls.zoomOut.ariaLabel': t('canvas.aria.zoomOut'),
      'controls.fitView.ariaLabel': t('canvas.aria.fitView'),
      'controls.interactive.ariaLabel': t('canvas.aria.interactive'),
      'minimap.ariaLabel': t('canvas.aria.minimap'),
      'handle.ariaLabel': t('canvas.aria.handle'),
    }),
    [t],
  );

  const onNodesChange = useCallback(
    (changes: Parameters<ReturnType<typeof useFlowStore.getState>['applyChanges']>[0]) => {
      const flow = useFlowStore.getState();
      flow.applyChanges(changes);
      const settled = new Map<string, { x: number; y: number }>();
      for (const change of changes) {
        if (change.type === 'position' && change.position && !change.dragging)
          settled.set(change.id, change.position);
      }
      if (settled.size > 0) edit((doc) => moveNodes(doc, settled));
    },
    [edit],
  );

  const onEdgesChange = useCallback((changes: EdgeChange<FlowEdge>[]) => {
    const flow = useFlowStore.getState();
    const selected = new Set(flow.selectedEdgeIds);
    let touched = false;
    for (const change of changes) {
      if (change.type !== 'select') continue;
      touched = true;
      if (change.selected) selected.add(change.id);
      else selected.delete(change.id);
    }
    if (touched) flow.setSelectedEdges([...selected]);
  }, []);

  const onDelete = useCallback(
    ({ nodes: gone, edges: cut }: { nodes: FlowNode[]; edges: Edge[] }) => {
      // On a culled graph React Flow knows only the nodes near the view: the selection is the flow store's.
      const selected = useFlowStore.getState().selectedNodeIds;
      edit((doc) =>
        removeElements(
          doc,
          new Set([...gone.map((node) => node.id), ...selected]),
          new Set(cut.map((edge) => edge.id)),
        ),
      );
    },
    [edit],
  );

  const isValidConnection = useCallback(
    (connection: FlowConnection | Edge) =>
      connectionProblem(useDocumentStore.getState().document, connectionOf(connection)) === undefined,
    [],
  );

  const onConnect = useCallback(
    (connection: FlowConnection) => edit((doc) => connect(doc, connectionOf(connection), language)),
    [edit, language],
  );

  const onConnectEnd: OnConnectEnd = useCallback(
    (event, state) => {
      if (state.isValid === true || !state.fromHandle) return;
      if (!state.toHandle) {
        // Dropped on no port: say so, unless the pointer hardly moved (a click on a port).
        const point = 'changedTouches' in event ? event.changedTouches[0] : event;
        if (!point || !state.from) return;
        const start = reactFlow.flowToScreenPosition(state.from);
        if (Math.hypot(point.clientX - start.x, point.clientY - start.y) < 12) return;
        const pane = window.document.querySelector('.react-flow')?.getBoundingClientRect();
        const inside =
          pane &&
          point.clientX >= pane.left &&
          point.clientX <= pane.right &&
          point.clientY >= pane.top &&
          point.clientY <= pane.bottom;
        toast('error', t(inside ? 'canvas.dropMissed' : 'canvas.dropOffCanvas'));
        return;
      }
      const [source, target] =
        state.fromHandle.type === 'source'
          ? [state.fromHandle, state.toHandle]
          : [state.toHandle, state.fromHandle];
      const problem = connectionProblem(useDocumentStore.getState().document, {
        from: { node: source.nodeId, port: source.id ?? '' },
        to: { node: target.nodeId, port: target.id ?? '' },
      });
      if (problem) toast('error', connectionMessage(problem, t, language));
    },
    [toast, t, language, reactFlow],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    const types = event.dataTransfer.types;
    if (!types.includes(kindDragType) && !types.includes(blockDragType)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(kindDragType);
      const block = buildingBlocks.find((b) => b.id === event.dataTransfer.getData(blockDragType));
      if ((!kind && !block) || useModeStore.getState().readOnly) return;
      event.preventDefault();
      const point = reactFlow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      if (block) {
        // The block's first card lands under the pointer, as a single card does, and the rest to its right; where
        // that would cover a card, the whole block moves to the nearest free room.
        const size = blockSize(block, cardSize);
        const corner = { x: point.x - cardSize.width / 2, y: point.y - 30 };
        const centre = { x: corner.x + size.width / 2, y: corner.y + size.height / 2 };
        let ids: string[] = [];
        let spot = corner;
        edit((doc) => {
          spot = freeSpot(doc, centre, measuredSizes(), size);
          const added = addBlock(doc, block, spot, language);
          ids = added.ids;
          return added.document;
        });
        useFlowStore.getState().select(ids);
        showArea({ ...spot, ...size });
        return;
      }
      const position = { x: point.x - cardSize.width / 2, y: point.y - 30 };
      let id = '';
      edit((doc) => {
        const added = addNode(doc, kind, position);
        id = added.id;
        return added.document;
      });
      useFlowStore.getState().select([id]);
    },
    [edit, reactFlow, language, showArea],
  );

  return (
    <div className="canvas">
      <ReactFlow<FlowNode, FlowEdge>
        nodes={fitting ? noNodes : namedNodes}
        edges={fitting ? noEdges : culled.edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onDelete={onDelete}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        onDragOver={onDragOver}
        onDrop={onDrop}
        onMoveStart={onMoveStart}
        onMoveEnd={onMoveEnd}
        isValidConnection={isValidConnection}
        connectionRadius={30}
        deleteKeyCode={readOnly ? null : deleteKeys}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        multiSelectionKeyCode={multiSelectKeys}
        snapToGrid
        snapGrid={snapGrid}
        colorMode={theme}
        minZoom={0.05}
        maxZoom={2}
        // A small graph is drawn whole, also off screen (the exports draw it all); a large one only near the view.
        onlyRenderVisibleElements={culled.culling}
        defaultEdgeOptions={{ type: 'smoothstep' }}
        aria-label={t('canvas.label')}
        ariaLabelConfig={ariaLabelConfig}
        proOptions={{ hideAttribution: false }}
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1} />
        {minimap && roomy ? (
          <MiniMap pannable zoomable nodeClassName={(node) => `minimap-${node.type}`} />
        ) : null}
        <Controls showFitView={false}>
          <ControlButton
            onClick={() => fitReadable({ duration: 300 })}
            title={t('canvas.aria.fitView')}
            aria-label={t('canvas.aria.fitView')}
          >
            <Maximize aria-hidden="true" />
          </ControlButton>
          {roomy ? (
            <ControlButton
              onClick={() => useCanvasViewStore.getState().setMinimap(!minimap)}
              title={t(minimap ? 'canvas.minimapHide' : 'canvas.minimapShow')}
              aria-label={t(minimap ? 'canvas.minimapHide' : 'canvas.minimapShow')}
              aria-pressed={minimap}
            >
              <MapIcon aria-hidden="true" />
            </ControlButton>
          ) : null}
        </Controls>
      </ReactFlow>
      <ConnectMenu />
      {document.nodes.length === 0 ? <div className="canvas-empty">{t('canvas.empty')}</div> : null}
    </div>
  );
}
