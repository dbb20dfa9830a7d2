import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConfigElectorate, ElectorateModel } from '../../../compiler/index.ts';
import { CsvImport } from './CsvImport.tsx';
import { NumberField } from './NumberField.tsx';

const distributions = ['equal', 'pareto', 'whales'] as const;

/** A fresh model of `distribution`, keeping the holder count of the one before. */
function switchTo(distribution: (typeof distributions)[number], before: ElectorateModel): ElectorateModel {
  const holders = before.distribution === 'csv' ? 100 : before.holders;
  if (distribution === 'equal') return { distribution, holders };
  if (distribution === 'pareto') return { distribution, holders, alpha: 1.16 };
  return { distribution, holders, whales: Math.min(3, holders), whaleShare: '40', tailAlpha: 1.5 };
}

/**
 * Who the holders of one electorate are in the scenario: for a token, how many holders and how balances are
 * spread (equal, Pareto, whales and a long tail) or a CSV import; for listed members and signers, nothing to edit.
 */
export function ElectorateEditor(props: {
  electorate: ConfigElectorate;
  model: ElectorateModel;
  onChange(model: ElectorateModel): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { electorate, model, onChange } = props;
  const listed = electorate.addresses?.length ?? 0;
  const title = <h4>{electorate.label}</h4>;
  if (electorate.token === undefined) {
    if (listed > 0 || electorate.expectedMembers)
      return (
        <fieldset className="preview-electorate" data-electorate={electorate.id}>
          {title}
          <p className="preview-hint">
            {t('preview.electorate.listed', { count: listed || electorate.expectedMembers! })}
          </p>
        </fieldset>
      );
    return (
      <fieldset className="preview-electorate" data-electorate={electorate.id}>
        {title}
        <NumberField
          label={t('preview.electorate.members')}
          value={model.distribution === 'csv' ? 1 : model.holders}
          min={1}
          max={100_000}
          integer
          onChange={(holders) => onChange({ distribution: 'equal', holders })}
        />
      </fieldset>
    );
  }
  const supply = BigInt(electorate.token.totalSupply);
  return (
    <fieldset className="preview-electorate" data-electorate={electorate.id}>
      {title}
      <label className="preview-field" htmlFor={id}>
        <span>{t('preview.electorate.distribution')}</span>
        <select
          id={id}
          value={model.distribution}
          onChange={(event) =>
            onChange(switchTo(event.currentTarget.value as (typeof distributions)[number], model))
          }
        >
          {distributions.map((distribution) => (
            <option key={distribution} value={distribution}>
              {t(`preview.distribution.${distribution}`)}
            </option>
          ))}
          {model.distribution === 'csv' ? <option value="csv">{t('preview.distribution.csv')}</option> : null}
        </select>
      </label>
      {model.distribution === 'csv' ? null : (
        <NumberField
          label={t('preview.electorate.holders')}
          value={model.holders}
          min={1}
          max={100_000}
          integer
          onChange={(holders) =>
            onChange(
              model.distribution === 'whales'
                ? { ...model, holders, whales: Math.min(model.whales, holders) }
                : { ...model, holders },
            )
          }
        />
      )}
      {model.distribution === 'pareto' ? (
        <NumberField
          label={t('preview.electorate.alpha')}
          value={model.alpha}
          min={0.05}
          max={100}
          onChange={(alpha) => onChange({ ...model, alpha })}
        />
      ) : null}
      {model.distribution === 'whales' ? (
        <>
          <NumberField
            label={t('preview.electorate.whales')}
            value={model.whales}
            min={0}
            max={model.holders}
            integer
            onChange={(whales) => onChange({ ...model, whales })}
          />
          <NumberField
            label={t('preview.electorate.whaleShare')}
            value={Number(model.whaleShare)}
            min={0}
            max={100}
            onChange={(share) => onChange({ ...model, whaleShare: String(share) })}
          />
          <NumberField
            label={t('preview.electorate.tailAlpha')}
            value={model.tailAlpha ?? 2}
            min={0.05}
            max={100}
            onChange={(tailAlpha) => onChange({ ...model, tailAlpha })}
          />
        </>
      ) : null}
      <CsvImport supply={supply} onImport={onChange} />
    </fieldset>
  );
}
