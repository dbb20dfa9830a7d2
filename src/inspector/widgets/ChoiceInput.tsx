import { useTranslation } from 'react-i18next';
import { optionTitle } from '../../../compiler/index.ts';
import { useFieldContext } from '../field-context.ts';
import type { WidgetProps } from './widget-props.ts';

/**
 * One of the schema's `enum` values, each shown in words in the interface language ("For and Abstain votes" for
 * the stored "for+abstain"). A field that may be left out offers "Not set"; a stored value the schema does not list
 * is kept as an option, shown as it is written, so it shows until it is changed.
 */
export function ChoiceInput(props: WidgetProps<string> & { options?: readonly string[] }) {
  const { t } = useTranslation();
  const { language } = useFieldContext();
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
          {optionTitle(props.schema, option, language)}
        </option>
      ))}
    </select>
  );
}
