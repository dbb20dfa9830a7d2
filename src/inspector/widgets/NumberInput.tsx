import { allowEmpty } from '../parse/allow-empty.ts';
import { type NumberBounds, parseNumber } from '../parse/parse-number.ts';
import { useDraft } from '../use-draft.ts';
import { DraftTextInput } from './DraftTextInput.tsx';
import type { WidgetProps } from './widget-props.ts';

/** A decimal number (a block time of 0.25 seconds, a stage criterion's threshold) within the schema's bounds. */
export function NumberInput(props: WidgetProps<number>) {
  const bounds: NumberBounds = {};
  for (const key of ['minimum', 'exclusiveMinimum', 'maximum'] as const) {
    const bound = props.schema[key];
    if (typeof bound === 'number') bounds[key] = bound;
  }
  const draft = useDraft({
    resetKey: props.resetKey,
    text: props.value === undefined ? '' : String(props.value),
    value: props.value,
    parse: allowEmpty((text) => parseNumber(text, bounds), props.required),
    onCommit: props.onCommit,
  });
  return <DraftTextInput id={props.id} draft={draft} inputMode="decimal" describedBy={props.describedBy} />;
}
