import { useTranslation } from 'react-i18next';

/** Sample votes run through the rules: scenario, progress, traces on the canvas, charts and capture. (Being built: see issues 6 and 7.) */
export function PreviewPanel() {
  const { t } = useTranslation();
  return <p className="panel-empty">{t('panels.comingSoon')}</p>;
}
