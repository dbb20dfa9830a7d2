import { Handle, Position } from '@xyflow/react';
import { Plus } from 'lucide-react';
import type { CSSProperties, KeyboardEvent } from 'react';
import type { Language, PortDefinition } from '../../compiler/index.ts';
import { addBranchPort } from '../edits/branch-lists.ts';

/** Where a port sits: proposals flow left to right, voters come in from above. */
function sideOf(port: PortDefinition): Position {
  if (port.type === 'electorate') return port.direction === 'in' ? Position.Top : Position.Bottom;
  return port.direction === 'in' ? Position.Left : Position.Right;
}

/**
 * One typed port: a round handle for proposal flow, a square one for voters, each in its own colour. It takes
 * keyboard focus, is named for screen readers (its node, its name, what it carries) and, where a side holds
 * several, labelled on the card. Enter opens the "connect to…" menu (`onConnectKey`).
 */
export function PortHandle(props: {
  port: PortDefinition;
  index: number;
  of: number;
  language: Language;
  /** The port's accessible name, in the interface language. */
  name: string;
  /** How to use it, read after its name; absent when the canvas is read-only. */
  hint: string | undefined;
  /** Opens the keyboard connection menu from this port; absent when the canvas is read-only. */
  onConnectKey: (() => void) | undefined;
}) {
  const { port, index, of, language, name, hint, onConnectKey } = props;
  const side = sideOf(port);
  const along = `${((index + 1) * 100) / (of + 1)}%`;
  const style: CSSProperties =
    side === Position.Left || side === Position.Right ? { top: along } : { left: along };
  const adds = port.id === addBranchPort;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!onConnectKey || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    event.stopPropagation();
    onConnectKey();
  };
  return (
    <Handle
      id={port.id}
      type={port.direction === 'in' ? 'target' : 'source'}
      position={side}
      style={style}
      className={`port port-${port.type}${adds ? ' port-add' : ''}`}
      data-port={port.id}
      data-port-type={port.type}
      role="button"
      tabIndex={0}
      aria-label={name}
      aria-description={hint}
      title={port.label[language]}
      onKeyDown={onKeyDown}
    >
      {adds ? <Plus className="port-add-icon" aria-hidden="true" size={11} strokeWidth={3} /> : null}
      {(of > 1 && side === Position.Right) || adds ? (
        <span className="port-label" aria-hidden="true">
          {port.label[language]}
        </span>
      ) : null}
    </Handle>
  );
}
