import { allowEmpty } from '../parse/allow-empty.ts';
import { parsePercent } from '../parse/parse-percent.ts';
import { useDraft } from '../use-draft.ts';
import { DraftTextInput } from './DraftTextInput.tsx';
import type { WidgetProps } from './widget-props.ts';

/** A percentage typed as decimal text ("4.5") beside a % sign, stored exactly as typed, never as a float. */
export function PercentInput(props: WidgetProps<string>) {
  const pattern = typeof props.schema.pattern === 'string' ? props.schema.pattern : '^\\d+(?:\\.\\d+)?$';
  const draft = useDraft({
    resetKey: props.resetKey,
    text: props.value ?? '',
    value: props.value,
    parse: allowEmpty((text) => parsePercent(text, pattern), props.required),
    onCommit: props.onCommit,
  });
  return (
    <DraftTextInput
      id={props.id}
      draft={draft}
      inputMode="decimal"
      describedBy={props.describedBy}
      suffix="%"
    />
  );
}
