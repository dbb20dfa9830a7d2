import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartFigure } from './ChartFigure.tsx';
import type { CaptureLine } from './capture-lines.ts';
import { chartColors, tick, tooltipStyle, xAxisLabel, yAxisLabel } from './chart-style.ts';
import type { PowerCurve } from './power-curve.ts';

/**
 * One electorate's voting power: the share of supply the top k holders have together, against k, with the lines
 * a capturing coalition must cross (a vote's quorum, outvoting everyone else) and the Nakamoto number marked.
 */
export function PowerChart(props: {
  curve: PowerCurve;
  label: string;
  lines: CaptureLine[];
  labelOf: (node: string) => string;
}) {
  const { t } = useTranslation();
  const { curve, lines } = props;
  const shareAt = (k: number) => curve.points.find((point) => point.holders >= k)?.share ?? 0;
  const crossing = (share: number) => curve.points.find((point) => point.share > share)?.holders;
  const caption = [
    t('preview.charts.power.caption', {
      electorate: props.label,
      count: curve.holders,
      nakamoto: curve.nakamoto,
      share: shareAt(curve.nakamoto),
    }),
    ...lines.map((line) => {
      const k = crossing(line.share);
      return k === undefined
        ? t(`preview.charts.power.${line.kind}Never`, {
            decision: props.labelOf(line.node),
            share: line.share,
          })
        : t(`preview.charts.power.${line.kind}`, {
            decision: props.labelOf(line.node),
            share: line.share,
            count: k,
          });
    }),
  ].join(' ');
  return (
    <ChartFigure
      name="power"
      title={t('preview.charts.power.title', { electorate: props.label })}
      caption={caption}
    >
      <ResponsiveContainer width="100%" height={210}>
        <LineChart data={curve.points} margin={{ top: 8, right: 16, bottom: 18, left: 4 }}>
          <CartesianGrid stroke={chartColors.grid} />
          <XAxis
            dataKey="holders"
            type="number"
            domain={[0, curve.holders]}
            allowDecimals={false}
            tick={tick}
            label={xAxisLabel(t('preview.charts.power.x'))}
          />
          <YAxis
            domain={[0, 100]}
            unit="%"
            tick={tick}
            width={48}
            label={yAxisLabel(t('preview.charts.power.y'))}
          />
          <Tooltip
            {...tooltipStyle}
            formatter={(value) => `${value}%`}
            labelFormatter={(label) => t('preview.charts.power.top', { count: Number(label) })}
          />
          {lines.map((line) => (
            <ReferenceLine
              key={`${line.kind}-${line.share}`}
              y={line.share}
              stroke={line.kind === 'quorum' ? chartColors.mark : chartColors.against}
              strokeDasharray="5 4"
              label={{
                value: t(`preview.charts.power.${line.kind}Line`, { share: line.share }),
                position: 'insideBottomRight',
                fill: chartColors.text,
                fontSize: 10,
              }}
            />
          ))}
          {curve.nakamoto > 0 ? (
            <ReferenceLine
              x={curve.nakamoto}
              stroke={chartColors.line}
              strokeDasharray="2 3"
              label={{
                value: t('preview.charts.power.nakamotoLine', { count: curve.nakamoto }),
                position: 'insideTopLeft',
                fill: chartColors.text,
                fontSize: 10,
              }}
            />
          ) : null}
          <Line
            dataKey="share"
            name={t('preview.charts.power.series')}
            type="stepAfter"
            stroke={chartColors.line}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
