import { useTranslation } from 'react-i18next';
import type { WidgetProps } from './widget-props.ts';

/**
 * One of the schema's `enum` values, each shown as it is written in the document ("for+abstain"), since the
 * field's help text explains them. A field that may be left out offers "Not set"; a stored value the schema
 * does not list is kept as an option, so it shows until it is changed.
 */
export function ChoiceInput(props: WidgetProps<string> & { options?: readonly string[] }) {
  const { t } = useTranslation();
  const listed = props.options ?? (Array.isArray(props.schema.enum) ? (props.schema.enum as string[]) : []);
  const options =
    props.value !== undefined && !listed.includes(props.value) ? [props.value, ...listed] : listed;
  const unset = props.value === undefined || !props.required;
  return (
    <select
      id={props.id}
      aria-describedby={props.describedBy}
      value={props.value ?? ''}
      onChange={(event) =>
        props.onCommit(event.currentTarget.value === '' ? undefined : event.currentTarget.value)
      }
    >
      {unset && props.schema.default === undefined ? <option value="">{t('inspector.unset')}</option> : null}
      {options.map((option) => (
        <option key={option} value={option}>
          {option}
        </option>
      ))}
    </select>
  );
}
