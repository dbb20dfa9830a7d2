import { useId, useState } from 'react';

/**
 * A labelled number input that reports only values inside [min, max]; a half-typed or out-of-range value stays on
 * screen, marked invalid, until it is fixed or the field is left. `scale` shows a 0..1 value as a percentage: 0.3
 * with scale 100 reads "30".
 */
export function NumberField(props: {
  label: string;
  value: number;
  min: number;
  max: number;
  /** @default 1 */
  scale?: number;
  integer?: boolean;
  name?: string;
  onChange(value: number): void;
}) {
  const id = useId();
  const scale = props.scale ?? 1;
  const [draft, setDraft] = useState<string>();
  const read = (text: string): number | undefined => {
    const value = Number(text) / scale;
    if (text.trim() === '' || !Number.isFinite(value) || value < props.min || value > props.max)
      return undefined;
    if (props.integer && !Number.isInteger(value)) return undefined;
    return value;
  };
  const text = draft ?? String(Math.round(props.value * scale * 1e6) / 1e6);
  return (
    <label className="preview-field" htmlFor={id}>
      <span>{props.label}</span>
      <input
        id={id}
        name={props.name}
        type="number"
        inputMode={props.integer ? 'numeric' : 'decimal'}
        min={props.min * scale}
        max={props.max * scale}
        step={props.integer ? 1 : 'any'}
        value={text}
        aria-invalid={read(text) === undefined}
        onChange={(event) => {
          setDraft(event.currentTarget.value);
          const value = read(event.currentTarget.value);
          if (value !== undefined) props.onChange(value);
        }}
        onBlur={() => setDraft(undefined)}
      />
    </label>
  );
}
