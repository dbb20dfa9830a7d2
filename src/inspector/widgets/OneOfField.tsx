import { useTranslation } from 'react-i18next';
import { useFieldContext } from '../field-context.ts';
import { type FieldSchema, subschema } from '../schema/field-schema.ts';
import { fieldTitle } from '../schema/field-title.ts';
import { widgetFor } from '../schema/widget-for.ts';
import { useKeyedState } from '../use-keyed-state.ts';
import { LeafInput } from './LeafInput.tsx';
import type { WidgetProps } from './widget-props.ts';

/** One way of giving a field's value: `{ "percent": … }` or `{ "count": … }`. */
interface Branch {
  key: string;
  schema: FieldSchema;
  title: string;
}

/** The branches of a `oneOf` whose every branch is an object of one property. */
function branchesOf(schema: FieldSchema, language: 'en' | 'ko'): Branch[] {
  return (schema.oneOf as FieldSchema[]).map((branch) => {
    const properties = subschema(branch, 'properties')!;
    const key = Object.keys(properties)[0]!;
    return { key, schema: properties[key] as FieldSchema, title: fieldTitle(branch, language, key) };
  });
}

/**
 * A value given one of several ways (a `oneOf` of single-property objects, such as a veto's share of the body or
 * number of signers): a select of the way, then that way's own widget. Picking another way stores nothing until
 * its value is typed, unless the way has a default.
 */
export function OneOfField(
  props: WidgetProps<Record<string, unknown>> & { titles?: Record<string, string> },
) {
  const { t } = useTranslation();
  const { language } = useFieldContext();
  const branches = branchesOf(props.schema, language);
  const stored = branches.find((branch) => props.value !== undefined && branch.key in props.value)?.key;
  const optional = !props.required && props.schema.default === undefined;
  const [mode, setMode] = useKeyedState(props.resetKey, stored ?? (optional ? '' : branches[0]!.key));
  const branch = branches.find((candidate) => candidate.key === mode);
  const choose = (next: string) => {
    setMode(next);
    if (next === '') props.onCommit(undefined);
    const chosen = branches.find((candidate) => candidate.key === next);
    if (chosen && chosen.schema.default !== undefined && next !== stored)
      props.onCommit({ [next]: structuredClone(chosen.schema.default) });
  };
  return (
    <>
      <div className="field-row">
        <select
          aria-label={t('inspector.givenAs', { field: props.label })}
          value={mode}
          onChange={(event) => choose(event.currentTarget.value)}
        >
          {optional ? <option value="">{t('inspector.unset')}</option> : null}
          {branches.map((candidate) => (
            <option key={candidate.key} value={candidate.key}>
              {props.titles?.[candidate.key] ?? candidate.title}
            </option>
          ))}
        </select>
      </div>
      {branch ? (
        <LeafInput
          widget={widgetFor(branch.schema)}
          id={props.id}
          schema={branch.schema}
          value={mode === stored ? props.value?.[mode] : undefined}
          required
          resetKey={`${props.resetKey}|${mode}`}
          label={branch.title}
          {...(props.describedBy !== undefined ? { describedBy: props.describedBy } : {})}
          onCommit={(value) => {
            if (value !== undefined) props.onCommit({ [mode]: value });
          }}
        />
      ) : null}
      {branch && mode !== stored ? <p className="field-note">{t('inspector.switchPending')}</p> : null}
    </>
  );
}
