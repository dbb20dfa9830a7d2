import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type CharterConfig, diagnosticText, unknownScenarioIds } from '../../../compiler/index.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { MonteCarloResults } from './MonteCarloResults.tsx';
import { usePreviewStore } from './preview-store.ts';
import { RunBar } from './RunBar.tsx';
import { previewFailure } from './run-preview-job.ts';
import { SampleResults } from './SampleResults.tsx';
import { ScenarioEditor } from './ScenarioEditor.tsx';
import { scenarioPreset } from './scenario-presets.ts';
import { useCompiledConfig } from './use-compiled-config.ts';
import { useMonteCarlo } from './use-monte-carlo.ts';
import { useSampleRun } from './use-sample-run.ts';
import './preview.css';

/** The scenario editor and results, for a document that compiles; `current` false while a newer version compiles. */
function PreviewWorkspace(props: { config: CharterConfig; current: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { config } = props;
  const stored = usePreviewStore((state) => state.scenario);
  const setScenario = usePreviewStore((state) => state.setScenario);
  const scenario = stored ?? scenarioPreset(config, 'default');
  const live = props.current ? config : undefined;
  const sample = useSampleRun(live);
  const monteCarlo = useMonteCarlo(live);
  const error = sample.error ?? monteCarlo.query.error;
  // An id the rules do not have (a renamed electorate or stage) is said here in the interface language, not as the
  // simulator's English refusal.
  const unknownIds = useMemo(
    () => unknownScenarioIds(config, scenario, language),
    [config, scenario, language],
  );
  const failure =
    unknownIds.length > 0
      ? { reason: 'refused' as const, message: unknownIds.join(' ') }
      : error
        ? previewFailure(error)
        : undefined;
  return (
    <div className="preview">
      <section className="preview-editor" aria-label={t('preview.scenario')}>
        <h3>{t('preview.scenario')}</h3>
        <ScenarioEditor config={config} scenario={scenario} onChange={setScenario} />
      </section>
      <section className="preview-results" aria-label={t('preview.results')}>
        <RunBar config={config} scenario={scenario} monteCarlo={monteCarlo} />
        {failure ? (
          <p className="preview-error" role="alert">
            {t(`preview.failed.${failure.reason}`, { detail: diagnosticText(failure, language) })}
          </p>
        ) : null}
        {sample.data ? <SampleResults config={config} result={sample.data} /> : null}
        {monteCarlo.stale ? <p className="preview-notice">{t('preview.stale')}</p> : null}
        {monteCarlo.query.data && !monteCarlo.stale ? (
          <MonteCarloResults config={config} result={monteCarlo.query.data} />
        ) : null}
        {!sample.data && !monteCarlo.query.data && !failure ? (
          <p className="panel-empty">{t('preview.intro')}</p>
        ) : null}
      </section>
    </div>
  );
}

/** Sample votes run through the rules: a scenario, a sample run traced on the canvas, a Monte Carlo with charts and capture. */
export function PreviewPanel() {
  const { t } = useTranslation();
  const compiled = useCompiledConfig();
  const data = compiled.data;
  if (data === undefined)
    return compiled.error ? (
      <p className="preview-error" role="alert">
        {t(`preview.failed.${previewFailure(compiled.error).reason}`, {
          detail: previewFailure(compiled.error).message,
        })}
      </p>
    ) : (
      <p className="panel-loading">{t('preview.compiling')}</p>
    );
  if (!data.ok) return <p className="panel-empty">{t('preview.invalid', { count: data.errors })}</p>;
  return <PreviewWorkspace config={data.config} current={!compiled.isPlaceholderData} />;
}
