import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldHelp } from '../../../compiler/index.ts';
import type { FieldPath } from '../../edits/set-node-field.ts';
import { DiagnosticList } from '../DiagnosticList.tsx';
import { FieldWidget } from '../FieldWidget.tsx';
import { useFieldContext } from '../field-context.ts';
import { type FieldSchema, subschema } from '../schema/field-schema.ts';
import { fieldTitle } from '../schema/field-title.ts';
import { initialValue } from '../schema/initial-value.ts';
import { widgetFor } from '../schema/widget-for.ts';

/** Props of {@link ListField}. */
export interface ListFieldProps {
  schema: FieldSchema;
  path: FieldPath;
  value: unknown;
  title: string;
  required: boolean;
}

/** Every string a list holds, at any depth: ids a new row must not reuse. */
function stringsIn(value: unknown, into: Set<string>): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
  else if (value !== null && typeof value === 'object')
    for (const item of Object.values(value)) stringsIn(item, into);
  return into;
}

/**
 * A list of items of one schema (bands, stages and their criteria, routes, proposal types): a row per item,
 * rendered by {@link FieldWidget}, with buttons to move it and remove it, and one to add a row. Each button is
 * one undo step; the schema's `minItems` and `maxItems` disable them at the limits.
 */
export function ListField(props: ListFieldProps) {
  const { t } = useTranslation();
  const context = useFieldContext();
  const items = subschema(props.schema, 'items') ?? {};
  const list = Array.isArray(props.value) ? props.value : [];
  const minItems = typeof props.schema.minItems === 'number' ? props.schema.minItems : 0;
  const maxItems =
    typeof props.schema.maxItems === 'number' ? props.schema.maxItems : Number.POSITIVE_INFINITY;
  const itemTitle = fieldTitle(items, context.language, t('inspector.item'));
  const dotted = props.path.join('.');
  const rowClass = widgetFor(items) === 'object' ? 'list-row list-row-object' : 'list-row list-row-leaf';
  const write = (next: unknown[]) => context.commit(props.path, next);
  // Keyboard users stay in the list: a new row's first control takes focus, and after a removal the add button.
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const [focus, setFocus] = useState<'last-row' | 'add' | undefined>(undefined);
  useEffect(() => {
    if (!focus || !fieldset.current) return;
    const target =
      focus === 'add'
        ? fieldset.current.querySelector<HTMLElement>(':scope > .list-add')
        : fieldset.current.querySelector<HTMLElement>(
            ':scope > .list-rows > .list-row:last-child :is(input, select, textarea)',
          );
    target?.focus();
    setFocus(undefined);
  }, [focus]);
  const move = (from: number, to: number) => {
    const next = [...list];
    [next[from], next[to]] = [next[to], next[from]];
    write(next);
  };
  const help = fieldHelp(props.schema, context.language);
  return (
    <fieldset className="field field-list" data-field={dotted} ref={fieldset}>
      <legend>{props.title}</legend>
      {help !== undefined ? <p className="field-help">{help}</p> : null}
      <DiagnosticList diagnostics={context.diagnosticsFor(dotted)} />
      <ol className="list-rows">
        {list.map((item, index) => {
          const name = `${itemTitle} ${index + 1}`;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions; drafts reset by value
            <li className={rowClass} key={index}>
              <FieldWidget schema={items} path={[...props.path, index]} value={item} required title={name} />
              <div className="list-row-actions">
                <button
                  type="button"
                  aria-label={t('inspector.moveUp', { item: name })}
                  disabled={index === 0}
                  onClick={() => move(index, index - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={t('inspector.moveDown', { item: name })}
                  disabled={index === list.length - 1}
                  onClick={() => move(index, index + 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  aria-label={t('inspector.removeItem', { item: name })}
                  disabled={list.length <= minItems}
                  onClick={() => {
                    write(list.filter((_, i) => i !== index));
                    setFocus('add');
                  }}
                >
                  {t('inspector.remove')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="list-add"
        disabled={list.length >= maxItems}
        onClick={() => {
          write([...list, initialValue(items, stringsIn(list, new Set()))]);
          setFocus('last-row');
        }}
      >
        {t('inspector.addItem', { item: itemTitle })}
      </button>
    </fieldset>
  );
}
