import { useTranslation } from 'react-i18next';

/** The document as JSON in monaco, validated against the schema; valid edits flow back to the canvas. (Being built: see issues 6 and 7.) */
export function JsonPanel() {
  const { t } = useTranslation();
  return <p className="panel-empty">{t('panels.comingSoon')}</p>;
}
