import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CharterConfig, readScenario, type Scenario } from '../../../compiler/index.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { NumberField } from './NumberField.tsx';
import { usePreviewStore } from './preview-store.ts';
import type { UseMonteCarloReturnType } from './use-monte-carlo.ts';

/**
 * Runs the scenario (checked first by the simulator's strict reader, whose message names the field): the sample
 * run at once and a Monte Carlo of the chosen number of runs in the background, with its progress and a Cancel.
 */
export function RunBar(props: {
  config: CharterConfig;
  scenario: Scenario;
  monteCarlo: UseMonteCarloReturnType;
}) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const runs = usePreviewStore((state) => state.runs);
  const setRuns = usePreviewStore((state) => state.setRuns);
  const submit = usePreviewStore((state) => state.submit);
  const [error, setError] = useState<string>();
  const stored = usePreviewStore((state) => state.progress);
  const progress = props.monteCarlo.running ? stored : undefined;
  const number = (value: number) => new Intl.NumberFormat(i18n.language).format(value);
  const run = () => {
    const read = readScenario(JSON.stringify(props.scenario), undefined, language);
    if (!read.ok) return setError(read.message);
    setError(undefined);
    submit(read.scenario, props.config.hash);
  };
  return (
    <div className="preview-run">
      <div className="preview-row">
        <NumberField
          label={t('preview.runs')}
          name="runs"
          value={runs}
          min={1}
          max={100_000}
          integer
          onChange={setRuns}
        />
        <button type="button" className="primary" onClick={run}>
          {t('preview.run')}
        </button>
        {progress ? (
          <>
            <progress
              className="preview-progress"
              max={progress.total}
              value={progress.done}
              aria-label={t('preview.progressLabel')}
            />
            <span
              className="preview-progress-text"
              role="status"
              data-done={progress.done}
              data-total={progress.total}
            >
              {t('preview.progress', { done: number(progress.done), total: number(progress.total) })}
            </span>
            <button type="button" onClick={props.monteCarlo.cancel}>
              {t('preview.cancel')}
            </button>
          </>
        ) : null}
      </div>
      {error ? (
        <p className="preview-error" role="alert">
          {t('preview.scenarioError', { message: error })}
        </p>
      ) : null}
    </div>
  );
}
