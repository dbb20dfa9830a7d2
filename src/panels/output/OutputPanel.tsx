import { useTranslation } from 'react-i18next';

/** The compiled config and each target's parameters, with their meaning in words. (Being built: see issues 6 and 7.) */
export function OutputPanel() {
  const { t } = useTranslation();
  return <p className="panel-empty">{t('panels.comingSoon')}</p>;
}
