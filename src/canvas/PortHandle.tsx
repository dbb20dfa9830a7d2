import { Handle, Position } from '@xyflow/react';
import type { CSSProperties } from 'react';
import type { Language, PortDefinition } from '../../compiler/index.ts';

/** Where a port sits: proposals flow left to right, voters come in from above. */
function sideOf(port: PortDefinition): Position {
  if (port.type === 'electorate') return port.direction === 'in' ? Position.Top : Position.Bottom;
  return port.direction === 'in' ? Position.Left : Position.Right;
}

/**
 * One typed port: a round handle for proposal flow, a square one for voters, each in its own colour, labelled for
 * screen readers and, where a side holds several, on the card.
 */
export function PortHandle(props: {
  port: PortDefinition;
  index: number;
  of: number;
  language: Language;
  /** The port type in words ("voters"), in the interface language. */
  typeName: string;
}) {
  const { port, index, of, language, typeName } = props;
  const side = sideOf(port);
  const along = `${((index + 1) * 100) / (of + 1)}%`;
  const style: CSSProperties =
    side === Position.Left || side === Position.Right ? { top: along } : { left: along };
  const label = `${port.label[language]} (${typeName})`;
  return (
    <Handle
      id={port.id}
      type={port.direction === 'in' ? 'target' : 'source'}
      position={side}
      style={style}
      className={`port port-${port.type}`}
      data-port={port.id}
      data-port-type={port.type}
      aria-label={label}
      title={label}
    >
      {of > 1 && side === Position.Right ? <span className="port-label">{port.label[language]}</span> : null}
    </Handle>
  );
}
