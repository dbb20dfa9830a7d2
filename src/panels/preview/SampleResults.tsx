import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type CharterConfig, formatDuration } from '../../../compiler/index.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { useDocumentStore } from '../../store/document-store.ts';
import { captureLines } from './capture-lines.ts';
import { voteSplitRows } from './chart-data.ts';
import { nodeLabels } from './node-labels.ts';
import { noteContext } from './note-context.ts';
import { PowerChart } from './PowerChart.tsx';
import type { SimulateJobResult } from './preview-job.ts';
import { usePreviewStore } from './preview-store.ts';
import { stepNote } from './step-note.ts';
import { traceOverlay } from './trace-overlay.ts';
import { useTraceOverlay } from './use-trace-overlay.ts';
import { VoteSplitChart } from './VoteSplitChart.tsx';

/**
 * The sample run: its proposals to choose from (the chosen one's path lights up on the canvas, each node with its
 * tally), the vote split at each decision of that proposal, and each electorate's voting-power distribution.
 */
export function SampleResults(props: { config: CharterConfig; result: SimulateJobResult }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const document = useDocumentStore((state) => state.document);
  const traced = usePreviewStore((state) => state.traced);
  const trace = usePreviewStore((state) => state.trace);
  const { config, result } = props;
  const proposals = result.simulation.proposals;
  const chosen = traced === null ? undefined : proposals[traced];
  const labelOf = useMemo(() => nodeLabels(document, language), [document, language]);
  const layer = useMemo(() => {
    if (chosen === undefined) return undefined;
    const context = noteContext(config, language);
    return traceOverlay(chosen, document, (step) => stepNote(step, context));
  }, [chosen, config, document, language]);
  useTraceOverlay(layer);
  const outcome = (index: number) => {
    const p = proposals[index]!;
    return p.executableAfter === null
      ? t(`preview.outcome.${p.outcome}`)
      : t('preview.outcome.executedAfter', { duration: formatDuration(p.executableAfter, language) });
  };
  return (
    <section className="preview-sample" aria-label={t('preview.sample.section')}>
      <h3>{t('preview.sample.heading', { seed: result.simulation.seed })}</h3>
      <fieldset className="preview-traces">
        <legend className="preview-hint">{t('preview.sample.choose')}</legend>
        {proposals.map((proposal, index) => (
          <button
            // biome-ignore lint/suspicious/noArrayIndexKey: proposals are their position in the scenario
            key={index}
            type="button"
            className={`preview-trace outcome-${proposal.outcome}`}
            aria-pressed={traced === index}
            onClick={() => trace(traced === index ? null : index)}
          >
            <span>{t('preview.sample.proposal', { n: index + 1, type: proposal.type })}</span>
            <span className="preview-outcome">{outcome(index)}</span>
          </button>
        ))}
        {traced !== null ? (
          <button type="button" onClick={() => trace(null)}>
            {t('preview.sample.hide')}
          </button>
        ) : (
          <span className="preview-hint">{t('preview.sample.pick')}</span>
        )}
      </fieldset>
      {chosen ? (
        <VoteSplitChart
          rows={voteSplitRows(chosen, labelOf)}
          proposal={t('preview.sample.proposal', { n: traced! + 1, type: chosen.type })}
        />
      ) : null}
      {result.curves
        .filter((curve) => curve.holders > 1)
        .map((curve) => {
          const electorate = config.electorates.find((e) => e.id === curve.electorate);
          const supply = BigInt(result.simulation.electorates[curve.electorate]?.supply ?? '0');
          return (
            <PowerChart
              key={curve.electorate}
              curve={curve}
              label={electorate?.label ?? curve.electorate}
              lines={captureLines(config, curve.electorate, curve.held, supply)}
              labelOf={labelOf}
            />
          );
        })}
    </section>
  );
}
