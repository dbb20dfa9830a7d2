import { useTranslation } from 'react-i18next';
import type { ParameterRow } from './parameter-rows.ts';

/** A target entry's raw values, each with its meaning beside it; calldata is shown in full below the table. */
export function ParameterTable(props: { rows: readonly ParameterRow[] }) {
  const { t } = useTranslation();
  return (
    <table className="output-table">
      <thead>
        <tr>
          <th scope="col">{t('output.parameter')}</th>
          <th scope="col">{t('output.value')}</th>
          <th scope="col">{t('output.meaning.title')}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.path} data-path={row.path}>
            <th scope="row">{row.path}</th>
            <td className="output-value">{row.calldata ? `${row.value.slice(0, 18)}…` : row.value}</td>
            <td className="output-meaning">
              {row.calldata
                ? t('output.meaning.calldata', { bytes: (row.value.length - 2) / 2 })
                : (row.meaning ?? '')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
