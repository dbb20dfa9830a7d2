import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from './ChartFigure.tsx';
import { turnoutRows } from './chart-data.ts';
import { chartColors, tick, tooltipStyle, xAxisLabel, yAxisLabel } from './chart-style.ts';
import type { TurnoutPoint } from './turnout-sweep.ts';

/** The pass probability of each proposal type against turnout, from a Monte Carlo at each of the sweep's turnouts. */
export function TurnoutChart(props: { sweep: TurnoutPoint[]; types: string[]; runs: number }) {
  const { t } = useTranslation();
  const rows = turnoutRows(props.sweep);
  const first = rows[0];
  const last = rows.at(-1);
  const caption =
    first && last
      ? [
          t('preview.charts.turnout.caption', { runs: props.runs, from: first.turnout, to: last.turnout }),
          ...props.types.map((type) =>
            t('preview.charts.turnout.type', {
              type,
              low: first[type] ?? 0,
              high: last[type] ?? 0,
              from: first.turnout,
              to: last.turnout,
            }),
          ),
        ].join(' ')
      : '';
  return (
    <ChartFigure name="turnout" title={t('preview.charts.turnout.title')} caption={caption}>
      <ResponsiveContainer width="100%" height={210}>
        <LineChart data={rows} margin={{ top: 4, right: 16, bottom: 18, left: 4 }}>
          <CartesianGrid stroke={chartColors.grid} />
          <XAxis
            dataKey="turnout"
            type="number"
            domain={[0, 'dataMax']}
            unit="%"
            tick={tick}
            label={xAxisLabel(t('preview.charts.turnout.x'))}
          />
          <YAxis
            domain={[0, 100]}
            unit="%"
            tick={tick}
            width={48}
            label={yAxisLabel(t('preview.charts.turnout.y'))}
          />
          <Tooltip
            {...tooltipStyle}
            formatter={(value) => `${value}%`}
            labelFormatter={(label) => t('preview.charts.turnout.at', { turnout: label })}
          />
          <Legend verticalAlign="top" height={22} wrapperStyle={{ fontSize: 11 }} />
          {props.types.map((type, index) => (
            <Line
              key={type}
              dataKey={type}
              name={type}
              stroke={chartColors.series[index % chartColors.series.length]}
              strokeWidth={2}
              dot={{ r: 3 }}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
