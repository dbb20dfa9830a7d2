import { useTranslation } from 'react-i18next';
import type { Language } from '../../compiler/index.ts';

/** The interface language, as the compiler's `Language`, for node kinds' own words. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'ko' ? 'ko' : 'en';
}
