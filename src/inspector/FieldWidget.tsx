import { fieldHelp } from '../../compiler/index.ts';
import type { FieldPath } from '../edits/set-node-field.ts';
import { DiagnosticList } from './DiagnosticList.tsx';
import { useFieldContext } from './field-context.ts';
import { inputId } from './input-id.ts';
import type { FieldSchema } from './schema/field-schema.ts';
import { fieldTitle } from './schema/field-title.ts';
import { widgetFor } from './schema/widget-for.ts';
import { LeafInput } from './widgets/LeafInput.tsx';
import { ListField } from './widgets/ListField.tsx';
import { ObjectFields } from './widgets/ObjectFields.tsx';

/** Props of {@link FieldWidget}. */
export interface FieldWidgetProps {
  schema: FieldSchema;
  /** Where the field is: `['params', 'quorum']`; its dotted form is the wrapper's `data-field`. */
  path: FieldPath;
  /** The stored value; absent means the schema's default. */
  value: unknown;
  /** Whether the field must be present (the schema's `required`). */
  required: boolean;
  /** A title in place of the schema's, such as "Band 2" for a list row. */
  title?: string;
}

/**
 * One field of a form generated from a schema: its label in the interface language, the widget its schema calls
 * for, its help text, and the document's diagnostics about it. Objects and lists recurse.
 */
export function FieldWidget(props: FieldWidgetProps) {
  const context = useFieldContext();
  const { schema, path } = props;
  const widget = widgetFor(schema);
  const dotted = path.join('.');
  const title = props.title ?? fieldTitle(schema, context.language, String(path.at(-1)));
  const shown = props.value !== undefined ? props.value : schema.default;
  if (widget === 'object') return <ObjectFields schema={schema} path={path} value={shown} title={title} />;
  if (widget === 'list')
    return <ListField schema={schema} path={path} value={shown} title={title} required={props.required} />;

  const id = inputId(context.scope, path);
  const help = fieldHelp(schema, context.language);
  const helpId = `${id}-help`;
  const leaf = (
    <LeafInput
      widget={widget}
      id={id}
      schema={schema}
      value={shown}
      required={props.required}
      resetKey={`${context.scope}|${dotted}|${JSON.stringify(shown) ?? ''}`}
      label={title}
      {...(help !== undefined ? { describedBy: helpId } : {})}
      onCommit={(value) => context.commit(path, value)}
    />
  );
  const label = <label htmlFor={id}>{title}</label>;
  return (
    <div className={`field field-${widget}`} data-field={dotted}>
      {widget === 'flag' ? (
        <div className="field-row">
          {leaf}
          {label}
        </div>
      ) : (
        <>
          {label}
          {leaf}
        </>
      )}
      {help !== undefined ? (
        <p className="field-help" id={helpId}>
          {help}
        </p>
      ) : null}
      <DiagnosticList diagnostics={context.diagnosticsFor(dotted)} />
    </div>
  );
}
