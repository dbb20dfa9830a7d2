import type { FieldSchema } from '../schema/field-schema.ts';

/** What every widget is given by the field around it. */
export interface WidgetProps<T> {
  /** The id of the widget's main control, which the field's `<label htmlFor>` names. */
  id: string;
  schema: FieldSchema;
  /** The stored value, or the schema's default when it is absent; undefined when neither exists. */
  value: T | undefined;
  /** Whether the field must be present: emptying it is then an error instead of removing it. */
  required: boolean;
  /** Node id, path and stored value: a change resets what the user was typing. */
  resetKey: string;
  /** The field's title, for controls that need their own accessible name. */
  label: string;
  /** Ids of help text describing the main control. */
  describedBy?: string;
  /** Writes the value as one undo step; `undefined` removes the field. */
  onCommit(value: T | undefined): void;
}
