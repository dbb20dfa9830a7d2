import { useTranslation } from 'react-i18next';
import { formatDuration, type Language } from '../../../compiler/index.ts';
import { allowEmpty } from '../parse/allow-empty.ts';
import { type DurationUnit, durationUnits } from '../parse/duration-units.ts';
import { parseDuration } from '../parse/parse-duration.ts';
import { splitDuration } from '../parse/split-duration.ts';
import { useDraft } from '../use-draft.ts';
import { useKeyedState } from '../use-keyed-state.ts';
import { DraftTextInput } from './DraftTextInput.tsx';
import type { WidgetProps } from './widget-props.ts';

/**
 * A duration stored in whole seconds, typed as a number of seconds, minutes, hours, days or weeks (the largest
 * unit that divides the value exactly), with the value in words beside it: "= 2 days". Changing the unit keeps
 * the number and stores what it now means.
 */
export function DurationInput(props: WidgetProps<number> & { language: Language }) {
  const { t } = useTranslation();
  const split = props.value === undefined ? undefined : splitDuration(props.value);
  const [unit, setUnit] = useKeyedState<DurationUnit>(props.resetKey, split?.unit ?? 'days');
  const bounds = {
    ...(typeof props.schema.minimum === 'number' ? { minimum: props.schema.minimum } : {}),
    ...(typeof props.schema.maximum === 'number' ? { maximum: props.schema.maximum } : {}),
  };
  const parseIn = (in_: DurationUnit) =>
    allowEmpty(
      (text) => parseDuration(text, in_, bounds, props.language, t(`inspector.units.${in_}`)),
      props.required,
    );
  const draft = useDraft({
    resetKey: props.resetKey,
    text: split === undefined ? '' : String(split.amount),
    value: props.value,
    parse: parseIn(unit),
    onCommit: props.onCommit,
  });
  const changeUnit = (next: DurationUnit) => {
    setUnit(next);
    const parsed = parseIn(next)(draft.text);
    if (parsed.ok && parsed.value !== undefined && parsed.value !== props.value) props.onCommit(parsed.value);
  };
  return (
    <DraftTextInput
      id={props.id}
      draft={draft}
      inputMode="numeric"
      describedBy={props.describedBy}
      after={props.value === undefined ? undefined : `= ${formatDuration(props.value, props.language)}`}
    >
      <select
        aria-label={t('inspector.units.label', { field: props.label })}
        value={unit}
        onChange={(event) => changeUnit(event.currentTarget.value as DurationUnit)}
      >
        {durationUnits.map((option) => (
          <option key={option} value={option}>
            {t(`inspector.units.${option}`)}
          </option>
        ))}
      </select>
    </DraftTextInput>
  );
}
