import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from './ChartFigure.tsx';
import type { VoteSplitRow } from './chart-data.ts';
import { chartColors, tick, tooltipStyle, xAxisLabel } from './chart-style.ts';

/** The vote split at each decision of one sample proposal: For, Against and Abstain stacked, in percent of votes cast. */
export function VoteSplitChart(props: { rows: VoteSplitRow[]; proposal: string }) {
  const { t } = useTranslation();
  const { rows } = props;
  const caption =
    rows.length === 0
      ? t('preview.charts.split.empty', { proposal: props.proposal })
      : rows
          .map((row) =>
            t('preview.charts.split.caption', {
              decision: row.label,
              for: row.for,
              against: row.against,
              abstain: row.abstain,
              count: row.voters,
            }),
          )
          .join(' ');
  return (
    <ChartFigure
      name="vote-split"
      title={t('preview.charts.split.title', { proposal: props.proposal })}
      caption={caption}
    >
      {rows.length === 0 ? null : (
        <ResponsiveContainer width="100%" height={56 + rows.length * 34}>
          <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 16, bottom: 18, left: 4 }}>
            <CartesianGrid stroke={chartColors.grid} horizontal={false} />
            <XAxis
              type="number"
              domain={[0, 100]}
              unit="%"
              tick={tick}
              label={xAxisLabel(t('preview.charts.split.x'))}
            />
            <YAxis type="category" dataKey="label" width={120} tick={tick} />
            <Tooltip {...tooltipStyle} formatter={(value) => `${value}%`} />
            <Legend verticalAlign="top" height={22} wrapperStyle={{ fontSize: 11 }} />
            <Bar
              dataKey="for"
              name={t('preview.votes.for')}
              stackId="votes"
              fill={chartColors.for}
              isAnimationActive={false}
            />
            <Bar
              dataKey="against"
              name={t('preview.votes.against')}
              stackId="votes"
              fill={chartColors.against}
              isAnimationActive={false}
            />
            <Bar
              dataKey="abstain"
              name={t('preview.votes.abstain')}
              stackId="votes"
              fill={chartColors.abstain}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      )}
    </ChartFigure>
  );
}
