/** Colours of the charts, as the app's CSS variables, so light and dark both read well. */
export const chartColors = {
  for: 'var(--g-convex)',
  against: 'var(--error)',
  abstain: 'var(--muted)',
  grid: 'var(--border)',
  text: 'var(--muted)',
  line: 'var(--accent)',
  mark: 'var(--warning)',
  /** One per proposal type, in turn. */
  series: ['var(--accent)', 'var(--g-concave)', 'var(--g-convex)', 'var(--warning)', 'var(--g-routing)'],
} as const;

/** Axis ticks in the muted text colour. */
export const tick = { fill: chartColors.text, fontSize: 11 } as const;

/** The tooltip in the panel's colours. */
export const tooltipStyle = {
  contentStyle: { background: 'var(--panel)', border: '1px solid var(--border)', color: 'var(--text)' },
  labelStyle: { color: 'var(--text)' },
} as const;

/** The label of a chart's horizontal axis, under its ticks. */
export function xAxisLabel(value: string) {
  return { value, position: 'insideBottom', offset: -10, fill: chartColors.text, fontSize: 11 } as const;
}

/** The label of a chart's vertical axis, turned to run along it. */
export function yAxisLabel(value: string) {
  return { value, angle: -90, position: 'insideLeft', fill: chartColors.text, fontSize: 11 } as const;
}
