import { useTranslation } from 'react-i18next';
import { fieldHelp } from '../../../compiler/index.ts';
import type { FieldPath } from '../../edits/set-node-field.ts';
import { DiagnosticList } from '../DiagnosticList.tsx';
import { FieldWidget } from '../FieldWidget.tsx';
import { useFieldContext } from '../field-context.ts';
import { type FieldSchema, subschema } from '../schema/field-schema.ts';

/** Props of {@link ObjectFields}. */
export interface ObjectFieldsProps {
  schema: FieldSchema;
  path: FieldPath;
  value: unknown;
  /** The legend; without one (a node's `params`) the fields are listed bare. */
  title?: string;
}

/**
 * The fields of an object schema, one {@link FieldWidget} each, in the schema's order, inside a fieldset named
 * by the object's title. Conditions between fields (`allOf`/`if`/`then`) are left to the diagnostics.
 */
export function ObjectFields(props: ObjectFieldsProps) {
  const { t } = useTranslation();
  const context = useFieldContext();
  const properties = subschema(props.schema, 'properties') ?? {};
  const required = Array.isArray(props.schema.required) ? (props.schema.required as string[]) : [];
  const record =
    props.value !== null && typeof props.value === 'object' && !Array.isArray(props.value)
      ? (props.value as Record<string, unknown>)
      : {};
  const fields = Object.entries(properties).map(([key, schema]) => (
    <FieldWidget
      key={key}
      schema={schema as FieldSchema}
      path={[...props.path, key]}
      value={record[key]}
      required={required.includes(key)}
    />
  ));
  if (props.title === undefined)
    return fields.length > 0 ? fields : <p className="field-note">{t('inspector.noParameters')}</p>;
  const dotted = props.path.join('.');
  const help = fieldHelp(props.schema, context.language);
  return (
    <fieldset className="field field-object" data-field={dotted}>
      <legend>{props.title}</legend>
      {help !== undefined ? <p className="field-help">{help}</p> : null}
      <DiagnosticList diagnostics={context.diagnosticsFor(dotted)} />
      {fields}
    </fieldset>
  );
}
