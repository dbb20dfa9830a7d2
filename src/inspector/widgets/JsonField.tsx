import { useTranslation } from 'react-i18next';
import { allowEmpty } from '../parse/allow-empty.ts';
import { parseJson } from '../parse/parse-json.ts';
import { useDraft } from '../use-draft.ts';
import { DraftTextInput } from './DraftTextInput.tsx';
import type { WidgetProps } from './widget-props.ts';

/**
 * A field no form widget fits, edited as JSON: parsed on blur (or Ctrl+Enter); text that is not JSON shows why
 * and changes nothing. The schema still checks the value, through the document's diagnostics.
 */
export function JsonField(props: WidgetProps<unknown>) {
  const { t } = useTranslation();
  const draft = useDraft({
    resetKey: props.resetKey,
    text: props.value === undefined ? '' : JSON.stringify(props.value, null, 2),
    value: props.value,
    parse: allowEmpty(parseJson, props.required),
    onCommit: props.onCommit,
  });
  return (
    <>
      <DraftTextInput
        id={props.id}
        draft={draft}
        multiline
        describedBy={props.describedBy}
        spellCheck={false}
      />
      <p className="field-note">{t('inspector.jsonField')}</p>
    </>
  );
}
