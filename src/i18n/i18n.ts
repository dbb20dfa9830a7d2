import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../compiler/index.ts';
import { en } from './en.ts';
import { ko } from './ko.ts';

const storageKey = 'charter:language';

/** The language to start in: the one chosen last time, else Korean for a Korean browser, else English. */
function initialLanguage(): Language {
  const stored = localStorage.getItem(storageKey);
  if (stored === 'en' || stored === 'ko') return stored;
  return navigator.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** Starts i18next with both languages bundled (no network), in the initial language. */
export function setUpI18n(): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, ko: { translation: ko } },
    lng: initialLanguage(),
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
    localStorage.setItem(storageKey, language);
  });
  return i18next;
}
