import { allowEmpty } from '../parse/allow-empty.ts';
import { parseCount } from '../parse/parse-count.ts';
import { useDraft } from '../use-draft.ts';
import { DraftTextInput } from './DraftTextInput.tsx';
import type { WidgetProps } from './widget-props.ts';

/** A whole number within the schema's `minimum` and `maximum`. */
export function CountInput(props: WidgetProps<number>) {
  const { minimum, maximum } = props.schema;
  const draft = useDraft({
    resetKey: props.resetKey,
    text: props.value === undefined ? '' : String(props.value),
    value: props.value,
    parse: allowEmpty(
      (text) =>
        parseCount(text, {
          ...(typeof minimum === 'number' ? { minimum } : {}),
          ...(typeof maximum === 'number' ? { maximum } : {}),
        }),
      props.required,
    ),
    onCommit: props.onCommit,
  });
  return <DraftTextInput id={props.id} draft={draft} inputMode="numeric" describedBy={props.describedBy} />;
}
