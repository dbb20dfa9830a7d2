import type { FieldMessage, ParseResult } from './parse/field-message.ts';
import { useKeyedState } from './use-keyed-state.ts';

/** Options of {@link useDraft}. */
export interface UseDraftOptions<T> {
  /** Changes when the stored value or the node changes; the draft then shows `text` again. */
  resetKey: string;
  /** The stored value as text. */
  text: string;
  /** The stored value, to tell whether a parsed one differs. */
  value: unknown;
  parse(text: string): ParseResult<T>;
  onCommit(value: T): void;
}

/** What a text-like widget works with. */
export interface Draft {
  text: string;
  errors: readonly FieldMessage[];
  setText(text: string): void;
  /** Parses the text (or `text`): a valid, different value is written; an invalid one only shows its errors. */
  commit(text?: string): void;
  /** Back to the stored value. */
  revert(): void;
}

/**
 * The text a user is typing into a field, apart from the document: written on commit (blur, Enter) so one edit
 * is one undo step, and never written while it does not parse.
 */
export function useDraft<T>(options: UseDraftOptions<T>): Draft {
  const [state, setState] = useKeyedState<{ text: string; errors: readonly FieldMessage[] }>(
    options.resetKey,
    {
      text: options.text,
      errors: [],
    },
  );
  return {
    text: state.text,
    errors: state.errors,
    setText: (text) => setState({ text, errors: state.errors }),
    commit(text = state.text) {
      const parsed = options.parse(text);
      if (!parsed.ok) {
        setState({ text, errors: parsed.errors });
        return;
      }
      // Emptied: the field is removed and its default (or nothing) shows again. Unchanged (a lower-case copy of the
      // stored address, "4.50" for "4.5"): the stored value's own text shows again, since no reset will come.
      const same = JSON.stringify(parsed.value) === JSON.stringify(options.value);
      setState({ text: parsed.value === undefined || same ? options.text : text, errors: [] });
      if (!same) options.onCommit(parsed.value);
    },
    revert: () => setState({ text: options.text, errors: [] }),
  };
}
