import { allowEmpty } from '../parse/allow-empty.ts';
import { parsePatternText } from '../parse/parse-pattern-text.ts';
import { textRules } from '../parse/text-rules.ts';
import { useDraft } from '../use-draft.ts';
import { DraftTextInput } from './DraftTextInput.tsx';
import type { WidgetProps } from './widget-props.ts';

/** A short id (a branch, a stage, a proposal type), checked against the schema's id pattern. */
export function IdInput(props: WidgetProps<string>) {
  const rules = textRules(props.schema);
  const draft = useDraft({
    resetKey: props.resetKey,
    text: props.value ?? '',
    value: props.value,
    parse: allowEmpty((text) => parsePatternText(text, rules), props.required),
    onCommit: props.onCommit,
  });
  return <DraftTextInput id={props.id} draft={draft} describedBy={props.describedBy} spellCheck={false} />;
}
