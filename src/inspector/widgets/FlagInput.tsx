import type { WidgetProps } from './widget-props.ts';

/** Yes or no, as a checkbox, stored on change. */
export function FlagInput(props: WidgetProps<boolean>) {
  return (
    <input
      id={props.id}
      type="checkbox"
      aria-describedby={props.describedBy}
      checked={props.value === true}
      onChange={(event) => props.onCommit(event.currentTarget.checked)}
    />
  );
}
