import { useTranslation } from 'react-i18next';
import { OneOfField } from './OneOfField.tsx';
import type { WidgetProps } from './widget-props.ts';

/**
 * A threshold of voting power given as a share of supply (`{ "percent": "4" }`, a {@link PercentInput}) or as an
 * absolute amount (`{ "absolute": "40000" }`, an {@link AmountInput}): a select of which, then its input.
 */
export function SupplyShareInput(props: WidgetProps<Record<string, unknown>>) {
  const { t } = useTranslation();
  return (
    <OneOfField
      {...props}
      titles={{ percent: t('inspector.shareOfSupply'), absolute: t('inspector.absoluteAmount') }}
    />
  );
}
