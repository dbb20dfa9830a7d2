import { useTranslation } from 'react-i18next';

/** The rules in plain words, the diff against another version, share links and exports. (Being built: see issues 6 and 7.) */
export function ReviewPanel() {
  const { t } = useTranslation();
  return <p className="panel-empty">{t('panels.comingSoon')}</p>;
}
