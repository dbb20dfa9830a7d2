import { formatAmount } from '../../../compiler/index.ts';
import { allowEmpty } from '../parse/allow-empty.ts';
import { parseAmount } from '../parse/parse-amount.ts';
import { useDraft } from '../use-draft.ts';
import { DraftTextInput } from './DraftTextInput.tsx';
import type { WidgetProps } from './widget-props.ts';

/** An amount in whole tokens as exact decimal text ("50000.5"), with the stored amount shown grouped beside it. */
export function AmountInput(props: WidgetProps<string>) {
  const pattern = typeof props.schema.pattern === 'string' ? props.schema.pattern : '^\\d+(?:\\.\\d+)?$';
  const draft = useDraft({
    resetKey: props.resetKey,
    text: props.value ?? '',
    value: props.value,
    parse: allowEmpty((text) => parseAmount(text, pattern), props.required),
    onCommit: props.onCommit,
  });
  const grouped = props.value !== undefined ? formatAmount(props.value) : undefined;
  return (
    <DraftTextInput
      id={props.id}
      draft={draft}
      inputMode="decimal"
      describedBy={props.describedBy}
      after={grouped !== undefined && grouped !== props.value ? `= ${grouped}` : undefined}
    />
  );
}
