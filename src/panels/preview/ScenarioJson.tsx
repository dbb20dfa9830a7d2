import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readScenario, type Scenario } from '../../../compiler/index.ts';
import { useLanguage } from '../../i18n/use-language.ts';

/**
 * The scenario as the JSON `charter simulate --scenario` reads, editable: applied only when the simulator's own
 * strict reader accepts it, else its message (which names the field's path) is shown and nothing changes.
 */
export function ScenarioJson(props: { scenario: Scenario; onChange(scenario: Scenario): void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const json = JSON.stringify(props.scenario, null, 2);
  const [draft, setDraft] = useState<string>();
  const [error, setError] = useState<string>();
  return (
    <details className="preview-json">
      <summary>{t('preview.json.title')}</summary>
      <textarea
        aria-label={t('preview.json.title')}
        spellCheck={false}
        rows={10}
        value={draft ?? json}
        onChange={(event) => setDraft(event.currentTarget.value)}
      />
      <div className="preview-row">
        <button
          type="button"
          disabled={draft === undefined}
          onClick={() => {
            const read = readScenario(draft ?? json, undefined, language);
            if (!read.ok) return setError(read.message);
            setError(undefined);
            setDraft(undefined);
            props.onChange(read.scenario);
          }}
        >
          {t('preview.json.apply')}
        </button>
        <span className="preview-hint">{t('preview.json.hint')}</span>
      </div>
      {error ? (
        <p className="preview-error" role="alert">
          {error}
        </p>
      ) : null}
    </details>
  );
}
