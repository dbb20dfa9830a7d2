import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatUnits, parseUnits } from 'viem';
import type { CharterConfig, ScenarioProposal } from '../../../compiler/index.ts';
import { routeTraits } from './route-traits.ts';

/** An amount in whole tokens of `decimals`, committed in base units when it reads exactly; else marked invalid. */
function AmountInput(props: {
  label: string;
  value: string;
  decimals: number;
  onChange(value: string): void;
}) {
  const [draft, setDraft] = useState<string>();
  const shown = formatUnits(BigInt(props.value), props.decimals);
  const read = (text: string): string | undefined => {
    const fraction = text.split('.')[1] ?? '';
    if (!/^\d+(\.\d+)?$/.test(text) || fraction.length > props.decimals) return undefined;
    return String(parseUnits(text, props.decimals));
  };
  const text = draft ?? shown;
  return (
    <input
      aria-label={props.label}
      inputMode="decimal"
      value={text}
      aria-invalid={read(text) === undefined}
      onChange={(event) => {
        setDraft(event.currentTarget.value);
        const value = read(event.currentTarget.value);
        if (value !== undefined) props.onChange(value);
      }}
      onBlur={() => setDraft(undefined)}
    />
  );
}

/** The scenario's sample proposals: each one's type, the amount it asks for and its options, where they matter. */
export function ProposalList(props: {
  config: CharterConfig;
  proposals: ScenarioProposal[];
  onChange(proposals: ScenarioProposal[]): void;
}) {
  const { t } = useTranslation();
  const { config, proposals, onChange } = props;
  const types = config.routes.map((route) => route.proposalType);
  const set = (index: number, proposal: ScenarioProposal) =>
    onChange(proposals.map((before, i) => (i === index ? proposal : before)));
  return (
    <fieldset className="preview-proposals">
      <legend>{t('preview.proposals.title')}</legend>
      <ol>
        {proposals.map((proposal, index) => {
          const traits = routeTraits(config, proposal.type);
          const n = index + 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: proposals are their position in the scenario
            <li key={index} className="preview-proposal">
              <select
                aria-label={t('preview.proposals.type', { n })}
                value={proposal.type}
                onChange={(event) => set(index, { ...proposal, type: event.currentTarget.value })}
              >
                {(types.includes(proposal.type) ? types : [proposal.type, ...types]).map((type) => (
                  <option key={type} value={type}>
                    {type}
                  </option>
                ))}
              </select>
              {traits.asset ? (
                <span className="preview-amount">
                  <AmountInput
                    label={t('preview.proposals.amount', { n, symbol: traits.asset.symbol })}
                    value={proposal.amount ?? '0'}
                    decimals={traits.asset.decimals}
                    onChange={(amount) => set(index, { ...proposal, amount })}
                  />
                  {traits.asset.symbol}
                </span>
              ) : null}
              {traits.options ? (
                <input
                  aria-label={t('preview.proposals.options', { n })}
                  placeholder={t('preview.proposals.optionsPlaceholder')}
                  defaultValue={(proposal.options ?? []).join(', ')}
                  onBlur={(event) => {
                    const options = event.currentTarget.value
                      .split(',')
                      .map((option) => option.trim())
                      .filter(Boolean);
                    set(index, { ...proposal, options });
                  }}
                />
              ) : null}
              <button
                type="button"
                aria-label={t('preview.proposals.remove', { n })}
                disabled={proposals.length === 1}
                onClick={() => onChange(proposals.filter((_, i) => i !== index))}
              >
                ×
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        disabled={types.length === 0}
        onClick={() => onChange([...proposals, { type: types[0]! }])}
      >
        {t('preview.proposals.add')}
      </button>
    </fieldset>
  );
}
