import { type NodeProps, useUpdateNodeInternals } from '@xyflow/react';
import type { TFunction } from 'i18next';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../compiler/index.ts';
import { useModeStore } from '../app/mode-store.ts';
import { addBranchPort } from '../edits/branch-lists.ts';
import { setNodeField } from '../edits/set-node-field.ts';
import { useDocumentStore } from '../store/document-store.ts';
import { useCanvasViewStore } from './canvas-view-store.ts';
import type { FlowNode } from './flow-types.ts';
import { kindIcon } from './kind-icons.ts';
import type { NodeView } from './node-view.ts';
import { nodeOverlay, useOverlayStore } from './overlay-store.ts';
import { PortHandle } from './PortHandle.tsx';

/** What a group's node component adds to the shared card: a word for what kind of step it is. */
export interface NodeCardLook {
  /** i18n key of a word for what kind of step it is, such as "yes/no". */
  tag?: string;
}

/** Each view's port names, made once per view and language: a card is drawn afresh each time a pan brings it back. */
const namedPorts = new WeakMap<NodeView, { t: TFunction; names: string[] }>();

/** The accessible names of a view's ports (its node, the port, what it carries), in the interface language. */
function portNames(view: NodeView, t: TFunction, language: Language): string[] {
  const known = namedPorts.get(view);
  if (known && known.t === t) return known.names;
  const names = view.ports.map((port) =>
    t(port.direction === 'out' ? 'canvas.portOut' : 'canvas.portIn', {
      port: port.label[language],
      type: t(`ports.${port.type}`),
      node: view.title,
    }),
  );
  namedPorts.set(view, { t, names });
  return names;
}

/**
 * The card every node component renders: its title (editable in place), its kind, its key parameters in words,
 * its problems badge and its typed ports.
 */
export function NodeCard(props: NodeProps<FlowNode> & { look: NodeCardLook }) {
  const { data, selected, look } = props;
  const { view } = data;
  // One subscription to the language per card: its ports take their words from here, not from hooks of their own.
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'ko' ? 'ko' : 'en';
  const [renaming, setRenaming] = useState(false);
  const readOnly = useModeStore((state) => state.readOnly);
  const overlay = useOverlayStore((state) => nodeOverlay(state, view.id));
  // React Flow measures a node's handles when its size changes; a renamed or added port may not change the size,
  // and an edge on a port React Flow has not measured is not drawn. So ports changing means measuring again.
  const updateNodeInternals = useUpdateNodeInternals();
  const portsKey = view.ports.map((port) => `${port.direction}:${port.id}`).join('\n');
  const measuredPorts = useRef(portsKey);
  useEffect(() => {
    if (measuredPorts.current === portsKey) return;
    measuredPorts.current = portsKey;
    updateNodeInternals(view.id);
  }, [portsKey, view.id, updateNodeInternals]);

  const commit = (text: string) => {
    setRenaming(false);
    const label = text.trim();
    useDocumentStore
      .getState()
      .edit((document) => setNodeField(document, view.id, ['label'], label === '' ? undefined : label));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    if (event.key === 'Enter') commit(event.currentTarget.value);
    if (event.key === 'Escape') setRenaming(false);
  };

  const sides = { left: [] as number[], right: [] as number[], top: [] as number[], bottom: [] as number[] };
  const sideKey = (i: number) => {
    const port = view.ports[i]!;
    if (port.type === 'electorate') return port.direction === 'in' ? 'top' : 'bottom';
    return port.direction === 'in' ? 'left' : 'right';
  };
  view.ports.forEach((_, i) => {
    sides[sideKey(i)].push(i);
  });

  const Icon = kindIcon(view.kind, view.group);
  const names = portNames(view, t, language);
  const status = view.errors > 0 ? 'error' : view.warnings > 0 ? 'warning' : 'ok';
  // Several outputs on the right are named inside the card (see PortHandle): the card keeps a gutter for the names.
  const labelledRight =
    sides.right.length > 1 && sides.right.some((i) => view.ports[i]!.id !== addBranchPort);
  return (
    <div
      className={`node-card group-${view.group ?? 'unknown'} status-${status}${selected ? ' selected' : ''}${overlay ? ` overlay-${overlay.tone}` : ''}${labelledRight ? ' labelled-right' : ''}`}
      // Tall enough that the ports of its busiest side (and their labels) sit apart.
      style={{ minHeight: Math.max(sides.left.length, sides.right.length) * 32 + 20 }}
      data-node-id={view.id}
      data-kind={view.kind}
    >
      <div className="node-head">
        <Icon className="node-glyph" aria-hidden="true" size={18} strokeWidth={2.2} />
        {renaming ? (
          <input
            className="node-rename nodrag"
            aria-label={t('node.renameInput')}
            defaultValue={view.hasLabel ? view.title : ''}
            placeholder={view.kindTitle}
            // biome-ignore lint/a11y/noAutofocus: the field opens because the user asked to rename
            autoFocus
            onBlur={(event) => commit(event.currentTarget.value)}
            onKeyDown={onKeyDown}
          />
        ) : (
          <button
            type="button"
            className="node-title"
            title={t('node.rename')}
            onDoubleClick={() => setRenaming(!readOnly)}
            onKeyDown={(event) => {
              if (!readOnly && (event.key === 'F2' || event.key === 'Enter')) setRenaming(true);
            }}
          >
            {view.title}
          </button>
        )}
        {status !== 'ok' ? (
          <span
            className={`node-badge badge-${status}`}
            title={view.problem}
            role="img"
            aria-label={[
              view.errors > 0 ? t('node.errors', { count: view.errors }) : '',
              view.warnings > 0 ? t('node.warnings', { count: view.warnings }) : '',
            ]
              .filter(Boolean)
              .join(', ')}
          >
            {view.errors > 0 ? view.errors : view.warnings}
          </span>
        ) : null}
      </div>
      <div className="node-kind">
        {view.group ? view.kindTitle : t('node.unknownKind', { kind: view.kind })}
        {look.tag ? <span className="node-tag">{t(look.tag)}</span> : null}
      </div>
      {view.summary ? <div className="node-summary">{view.summary}</div> : null}
      {overlay?.note ? <div className="node-note">{overlay.note}</div> : null}
      {Object.values(sides).flatMap((indices) =>
        indices.map((portIndex, i) => (
          <PortHandle
            key={view.ports[portIndex]!.id}
            port={view.ports[portIndex]!}
            index={i}
            of={indices.length}
            language={language}
            name={names[portIndex]!}
            hint={readOnly ? undefined : t('canvas.portHint')}
            onConnectKey={
              readOnly
                ? undefined
                : () =>
                    useCanvasViewStore
                      .getState()
                      .setConnectFrom({ node: view.id, port: view.ports[portIndex]!.id })
            }
          />
        )),
      )}
    </div>
  );
}
