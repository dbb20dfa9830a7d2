import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diagnosticText, type ElectorateModel, formatAmount } from '../../../compiler/index.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { importBalancesCsv } from './import-balances-csv.ts';

/**
 * Imports an electorate's holders from a CSV file of `address,balance` lines (base units). A bad line is reported
 * with its number and nothing is imported; a good file replaces the electorate's model.
 */
export function CsvImport(props: { supply: bigint; onImport(model: ElectorateModel): void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const [message, setMessage] = useState<{ error: boolean; text: string }>();
  const read = async (file: File) => {
    const result = importBalancesCsv(await file.text(), props.supply);
    if (result.ok) {
      props.onImport(result.model);
      setMessage({
        error: false,
        text: t('preview.csv.imported', { count: result.holders, file: file.name }),
      });
    } else if ('overSupply' in result)
      setMessage({
        error: true,
        text: t('preview.csv.overSupply', {
          total: formatAmount(String(result.overSupply.total)),
          supply: formatAmount(String(result.overSupply.supply)),
        }),
      });
    else
      setMessage({
        error: true,
        text: t('preview.csv.badLine', { line: result.line, message: diagnosticText(result, language) }),
      });
  };
  return (
    <div className="preview-csv">
      <label htmlFor={id} className="preview-csv-button">
        {t('preview.csv.import')}
      </label>
      <input
        id={id}
        type="file"
        accept=".csv,text/csv,text/plain"
        className="preview-csv-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) void read(file);
        }}
      />
      <span className="preview-hint">{t('preview.csv.hint')}</span>
      {message ? (
        <p
          className={message.error ? 'preview-error' : 'preview-hint'}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
