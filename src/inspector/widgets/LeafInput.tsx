import { useFieldContext } from '../field-context.ts';
import type { WidgetKind } from '../schema/widget-for.ts';
import { AddressInput } from './AddressInput.tsx';
import { AddressListInput } from './AddressListInput.tsx';
import { AmountInput } from './AmountInput.tsx';
import { ChoiceInput } from './ChoiceInput.tsx';
import { CountInput } from './CountInput.tsx';
import { DurationInput } from './DurationInput.tsx';
import { FlagInput } from './FlagInput.tsx';
import { IdInput } from './IdInput.tsx';
import { JsonField } from './JsonField.tsx';
import { NumberInput } from './NumberInput.tsx';
import { OneOfField } from './OneOfField.tsx';
import { PercentInput } from './PercentInput.tsx';
import { SupplyShareInput } from './SupplyShareInput.tsx';
import { TextInput } from './TextInput.tsx';
import type { WidgetProps } from './widget-props.ts';

/** The widget of one value-like field (not an object or a list), chosen by {@link WidgetKind}. */
export function LeafInput(props: WidgetProps<unknown> & { widget: WidgetKind }) {
  const { language } = useFieldContext();
  const { widget, ...rest } = props;
  // Each widget checks what it is given; a value of the wrong type (a hand-edited file) shows as text.
  const as = <T,>(check: (value: unknown) => boolean) =>
    ({ ...rest, value: check(rest.value) ? rest.value : undefined }) as unknown as WidgetProps<T>;
  const isString = (value: unknown) => typeof value === 'string';
  const isNumber = (value: unknown) => typeof value === 'number';
  const isObject = (value: unknown) => value !== null && typeof value === 'object' && !Array.isArray(value);
  const wrongType = rest.value !== undefined && !fits(widget, rest.value);
  if (wrongType) return <JsonField {...rest} />;
  switch (widget) {
    case 'duration':
      return <DurationInput {...as<number>(isNumber)} language={language} />;
    case 'percent':
      return <PercentInput {...as<string>(isString)} />;
    case 'amount':
      return <AmountInput {...as<string>(isString)} />;
    case 'count':
      return <CountInput {...as<number>(isNumber)} />;
    case 'number':
      return <NumberInput {...as<number>(isNumber)} />;
    case 'address':
      return <AddressInput {...as<string>(isString)} />;
    case 'address-list':
      return <AddressListInput {...as<string[]>(Array.isArray)} />;
    case 'id':
      return <IdInput {...as<string>(isString)} />;
    case 'text':
      return <TextInput {...as<string>(isString)} />;
    case 'choice':
      return <ChoiceInput {...as<string>(isString)} />;
    case 'flag':
      return <FlagInput {...as<boolean>((value) => typeof value === 'boolean')} />;
    case 'supply-share':
      return <SupplyShareInput {...as<Record<string, unknown>>(isObject)} />;
    case 'one-of':
      return <OneOfField {...as<Record<string, unknown>>(isObject)} />;
    default:
      return <JsonField {...rest} />;
  }
}

/** Whether a stored value has the type its widget edits. */
function fits(widget: WidgetKind, value: unknown): boolean {
  switch (widget) {
    case 'duration':
    case 'count':
    case 'number':
      return typeof value === 'number';
    case 'percent':
    case 'amount':
    case 'address':
    case 'id':
    case 'text':
    case 'choice':
      return typeof value === 'string';
    case 'flag':
      return typeof value === 'boolean';
    case 'address-list':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
    case 'supply-share':
    case 'one-of':
      return (
        value !== null &&
        typeof value === 'object' &&
        !Array.isArray(value) &&
        Object.keys(value).length === 1
      );
    default:
      return true;
  }
}
