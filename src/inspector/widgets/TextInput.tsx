import { allowEmpty } from '../parse/allow-empty.ts';
import { parsePatternText } from '../parse/parse-pattern-text.ts';
import { textRules } from '../parse/text-rules.ts';
import { useDraft } from '../use-draft.ts';
import { DraftTextInput } from './DraftTextInput.tsx';
import type { WidgetProps } from './widget-props.ts';

/** Free text; a textarea when the schema allows more than a line's worth (over 200 characters). */
export function TextInput(props: WidgetProps<string> & { multiline?: boolean }) {
  const rules = textRules(props.schema);
  const draft = useDraft({
    resetKey: props.resetKey,
    text: props.value ?? '',
    value: props.value,
    parse: allowEmpty((text) => parsePatternText(text, rules), props.required),
    onCommit: props.onCommit,
  });
  const multiline = props.multiline ?? (rules.maxLength ?? 0) > 200;
  return <DraftTextInput id={props.id} draft={draft} multiline={multiline} describedBy={props.describedBy} />;
}
