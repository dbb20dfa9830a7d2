import { allowEmpty } from '../parse/allow-empty.ts';
import { parsePatternText, type TextRules } from '../parse/parse-pattern-text.ts';
import type { FieldSchema } from '../schema/field-schema.ts';
import { useDraft } from '../use-draft.ts';
import { DraftTextInput } from './DraftTextInput.tsx';
import type { WidgetProps } from './widget-props.ts';

/** The length and pattern rules a text schema states. */
export function textRules(schema: FieldSchema): TextRules {
  const rules: TextRules = {};
  if (typeof schema.minLength === 'number') rules.minLength = schema.minLength;
  if (typeof schema.maxLength === 'number') rules.maxLength = schema.maxLength;
  if (typeof schema.pattern === 'string') rules.pattern = schema.pattern;
  return rules;
}

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
