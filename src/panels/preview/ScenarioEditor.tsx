import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CharterConfig,
  drawnElectorates,
  type Scenario,
  scenarioDefaults,
} from '../../../compiler/index.ts';
import { ElectorateEditor } from './ElectorateEditor.tsx';
import { NumberField } from './NumberField.tsx';
import { ProposalList } from './ProposalList.tsx';
import { ScenarioJson } from './ScenarioJson.tsx';
import { type ScenarioPresetId, scenarioPreset, scenarioPresetIds } from './scenario-presets.ts';

/**
 * The scenario to rehearse the rules on, as the simulator reads it: a preset to start from, the stage, who holds
 * each electorate's power, how many delegated, turn out and support, the sample proposals, and the seed.
 */
export function ScenarioEditor(props: {
  config: CharterConfig;
  scenario: Scenario;
  onChange(scenario: Scenario): void;
}) {
  const { t } = useTranslation();
  const presetId = useId();
  const stageId = useId();
  const { config, scenario, onChange } = props;
  const set = (patch: Partial<Scenario>) => onChange({ ...scenario, ...patch });
  const preference = scenario.preference ?? scenarioDefaults.preference;
  const sum = preference.for + preference.against + preference.abstain;
  const delegated = config.electorates.some((e) => e.token?.delegation);
  return (
    <form className="preview-scenario" onSubmit={(event) => event.preventDefault()}>
      <label className="preview-field" htmlFor={presetId}>
        <span>{t('preview.preset.label')}</span>
        <select
          id={presetId}
          value=""
          onChange={(event) =>
            onChange(scenarioPreset(config, event.currentTarget.value as ScenarioPresetId, scenario.seed))
          }
        >
          <option value="" disabled>
            {t('preview.preset.choose')}
          </option>
          {scenarioPresetIds.map((preset) => (
            <option key={preset} value={preset}>
              {t(`preview.preset.${preset}`)}
            </option>
          ))}
        </select>
      </label>
      {config.stages.length > 0 ? (
        <label className="preview-field" htmlFor={stageId}>
          <span>{t('preview.stage')}</span>
          <select
            id={stageId}
            value={scenario.stage ?? config.currentStage ?? ''}
            onChange={(event) => set({ stage: event.currentTarget.value })}
          >
            {config.stages.map((stage) => (
              <option key={stage.id} value={stage.id}>
                {stage.current ? t('preview.currentStage', { name: stage.name }) : stage.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {drawnElectorates(config).map((electorate) => (
        <ElectorateEditor
          key={electorate.id}
          electorate={electorate}
          model={
            scenario.electorates?.[electorate.id] ?? scenario.defaultElectorate ?? scenarioDefaults.electorate
          }
          onChange={(model) => set({ electorates: { ...scenario.electorates, [electorate.id]: model } })}
        />
      ))}
      <fieldset className="preview-voters">
        <legend>{t('preview.voters')}</legend>
        {delegated ? (
          <NumberField
            label={t('preview.delegation')}
            value={scenario.delegationRate ?? scenarioDefaults.delegationRate}
            min={0}
            max={1}
            scale={100}
            onChange={(delegationRate) => set({ delegationRate })}
          />
        ) : null}
        <NumberField
          label={t('preview.turnout')}
          name="turnout"
          value={scenario.turnout ?? scenarioDefaults.turnout}
          min={0}
          max={1}
          scale={100}
          onChange={(turnout) => set({ turnout })}
        />
        {(['for', 'against', 'abstain'] as const).map((side) => (
          <NumberField
            key={side}
            label={t(`preview.support.${side}`)}
            value={preference[side]}
            min={0}
            max={1}
            scale={100}
            onChange={(share) => set({ preference: { ...preference, [side]: share } })}
          />
        ))}
        {Math.abs(sum - 1) > 1e-9 ? (
          <p className="preview-hint">
            {sum === 0
              ? t('preview.support.none')
              : t('preview.support.normalised', { sum: Math.round(sum * 1000) / 10 })}
          </p>
        ) : null}
        <NumberField
          label={t('preview.seed')}
          value={scenario.seed}
          min={0}
          max={2 ** 32 - 1}
          integer
          onChange={(seed) => set({ seed })}
        />
      </fieldset>
      <ProposalList
        config={config}
        proposals={scenario.proposals}
        onChange={(proposals) => set({ proposals })}
      />
      <ScenarioJson scenario={scenario} onChange={onChange} />
    </form>
  );
}
