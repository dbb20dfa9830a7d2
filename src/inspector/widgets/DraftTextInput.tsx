import type { KeyboardEvent, ReactNode } from 'react';
import type { Draft } from '../use-draft.ts';
import { FieldMessages } from './FieldMessages.tsx';

/** Props of {@link DraftTextInput}. */
export interface DraftTextInputProps {
  id: string;
  draft: Draft;
  /** A textarea, committed on blur and Ctrl+Enter (Enter is a new line). */
  multiline?: boolean;
  inputMode?: 'text' | 'numeric' | 'decimal';
  describedBy?: string;
  placeholder?: string;
  /** Shown right after the input, such as "%". */
  suffix?: ReactNode;
  /** Shown under the input, such as "= 2 days". */
  after?: ReactNode;
  /** Extra controls on the input's row, such as a unit select. */
  children?: ReactNode;
  /** An accessible name of its own, when no `<label>` names the input. */
  ariaLabel?: string;
  spellCheck?: boolean;
}

/**
 * A text input over a {@link Draft}: committed on blur and on Enter, reverted with Escape, with the reason under
 * it when the text cannot be stored.
 */
export function DraftTextInput(props: DraftTextInputProps) {
  const { draft, id } = props;
  const errorId = `${id}-error`;
  const describedBy = [props.describedBy, draft.errors.length > 0 ? errorId : undefined]
    .filter(Boolean)
    .join(' ');
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      draft.revert();
      event.stopPropagation();
    } else if (event.key === 'Enter' && (!props.multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      draft.commit(event.currentTarget.value);
    }
  };
  const common = {
    id,
    value: draft.text,
    'aria-invalid': draft.errors.length > 0 ? true : undefined,
    'aria-describedby': describedBy || undefined,
    'aria-label': props.ariaLabel,
    placeholder: props.placeholder,
    spellCheck: props.spellCheck,
    onKeyDown,
    onBlur: (event: { currentTarget: { value: string } }) => draft.commit(event.currentTarget.value),
  };
  return (
    <>
      <div className="field-row">
        {props.multiline ? (
          <textarea {...common} rows={4} onChange={(event) => draft.setText(event.currentTarget.value)} />
        ) : (
          <input
            {...common}
            type="text"
            inputMode={props.inputMode}
            onChange={(event) => draft.setText(event.currentTarget.value)}
          />
        )}
        {props.suffix !== undefined ? <span className="field-suffix">{props.suffix}</span> : null}
        {props.children}
      </div>
      {props.after !== undefined ? <output className="field-equals">{props.after}</output> : null}
      <FieldMessages id={errorId} messages={draft.errors} />
    </>
  );
}
