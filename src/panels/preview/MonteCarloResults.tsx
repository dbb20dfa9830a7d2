import { useTranslation } from 'react-i18next';
import { type CharterConfig, voterDrawBudget } from '../../../compiler/index.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { useDocumentStore } from '../../store/document-store.ts';
import { captureSentences } from './capture-sentences.ts';
import { timeRows } from './chart-data.ts';
import { nodeLabels } from './node-labels.ts';
import type { MonteCarloJobResult } from './preview-job.ts';
import { TimeChart } from './TimeChart.tsx';
import { TurnoutChart } from './TurnoutChart.tsx';

/** A Monte Carlo's results: pass probability per type, against turnout, time to execution, concentration, capture. */
export function MonteCarloResults(props: { config: CharterConfig; result: MonteCarloJobResult }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const document = useDocumentStore((state) => state.document);
  const { config, result } = props;
  const mc = result.monteCarlo;
  const percent = (value: number) =>
    new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(value);
  const number = (value: number) => new Intl.NumberFormat(language).format(value);
  const electorateLabel = (id: string) => config.electorates.find((e) => e.id === id)?.label ?? id;
  const sentences = captureSentences(
    mc.capture,
    { node: nodeLabels(document, language), electorate: electorateLabel },
    t,
    language,
  );
  return (
    <section className="preview-monte-carlo" aria-label={t('preview.mc.title')}>
      <h3>{t('preview.mc.heading', { runs: number(mc.runs), seed: mc.seed })}</h3>
      <p className="preview-hint" data-milliseconds={result.milliseconds}>
        {t('preview.mc.took', { runs: number(mc.runs), seconds: (result.milliseconds / 1000).toFixed(1) })}
      </p>
      {mc.requestedRuns !== undefined && (
        <p className="preview-hint" role="note">
          {t('preview.mc.fewer', {
            runs: number(mc.runs),
            requested: number(mc.requestedRuns),
            voters: number(mc.votersPerRun),
            budget: number(voterDrawBudget),
          })}
        </p>
      )}
      <ul className="preview-pass">
        {mc.types.map((type) => (
          <li key={type.proposalType}>
            {t('preview.mc.pass', {
              type: type.proposalType,
              share: percent(type.passProbability),
              count: type.trials,
              trials: number(type.trials),
            })}
          </li>
        ))}
      </ul>
      <ul className="preview-concentration">
        {mc.electorates.map((electorate) => (
          <li key={electorate.id}>
            {t('preview.mc.concentration', {
              electorate: electorateLabel(electorate.id),
              count: electorate.holders,
              gini: electorate.gini.value.toFixed(3),
              nakamoto: electorate.nakamoto,
            })}
          </li>
        ))}
      </ul>
      <section className="preview-capture" aria-label={t('preview.capture.title')}>
        <h4>{t('preview.capture.title')}</h4>
        <ul>
          {sentences.map((sentence, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: sentences are in a fixed order per result
            <li key={index}>
              <span className="preview-path">{sentence.path}</span> {sentence.text}
            </li>
          ))}
        </ul>
      </section>
      {result.sweepRuns === 0 ? (
        <p className="preview-hint" role="note">
          {t('preview.mc.noSweep', { voters: number(mc.votersPerRun), budget: number(voterDrawBudget) })}
        </p>
      ) : (
        <TurnoutChart
          sweep={result.sweep}
          types={mc.types.map((type) => type.proposalType)}
          runs={result.sweepRuns}
        />
      )}
      <TimeChart rows={timeRows(mc.types)} />
    </section>
  );
}
