import { useTranslation } from 'react-i18next';
import type { FieldMessage } from '../parse/field-message.ts';
import { translateMessage } from '../parse/translate-message.ts';

/** Why the typed text was not stored, under the field; the id lets the input point at it. */
export function FieldMessages(props: { id: string; messages: readonly FieldMessage[] }) {
  const { t } = useTranslation();
  return (
    <div id={props.id} aria-live="polite">
      {props.messages.map((message, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the messages of one parse, in order
        <p className="field-error" key={index}>
          {translateMessage(t, message)}
        </p>
      ))}
    </div>
  );
}
