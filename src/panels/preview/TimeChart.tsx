import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from './ChartFigure.tsx';
import type { TimeRow } from './chart-data.ts';
import { chartColors, tick, tooltipStyle, xAxisLabel, yAxisLabel } from './chart-style.ts';

const quantiles = ['min', 'median', 'p90', 'max'] as const;

/** How long each proposal type takes from proposal to execution over the Monte Carlo: min, median, p90 and max, in days. */
export function TimeChart(props: { rows: TimeRow[] }) {
  const { t } = useTranslation();
  const { rows } = props;
  const caption =
    rows.length === 0
      ? t('preview.charts.time.empty')
      : rows.map((row) => t('preview.charts.time.caption', { ...row })).join(' ');
  return (
    <ChartFigure name="time" title={t('preview.charts.time.title')} caption={caption}>
      {rows.length === 0 ? null : (
        <ResponsiveContainer width="100%" height={210}>
          <BarChart data={rows} margin={{ top: 4, right: 16, bottom: 18, left: 4 }}>
            <CartesianGrid stroke={chartColors.grid} vertical={false} />
            <XAxis dataKey="type" tick={tick} label={xAxisLabel(t('preview.charts.time.x'))} />
            <YAxis tick={tick} width={48} label={yAxisLabel(t('preview.charts.time.y'))} />
            <Tooltip
              {...tooltipStyle}
              formatter={(value) => t('preview.charts.time.days', { count: Number(value) })}
            />
            <Legend verticalAlign="top" height={22} wrapperStyle={{ fontSize: 11 }} />
            {quantiles.map((q, index) => (
              <Bar
                key={q}
                dataKey={q}
                name={t(`preview.charts.time.${q}`)}
                fill={chartColors.series[index]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      )}
    </ChartFigure>
  );
}
