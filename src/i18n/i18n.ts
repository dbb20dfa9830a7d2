import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../compiler/index.ts';
import { chainImportMessages } from '../documents/chain-import-messages.ts';
import { jsonMessages } from '../panels/json/messages.ts';
import { outputMessages } from '../panels/output/messages.ts';
import { previewMessages } from '../panels/preview/messages.ts';
import { reviewMessages } from '../panels/review/messages.ts';
import { en } from './en.ts';
import { ko } from './ko.ts';

/** Each panel keeps its own words beside it; they are merged under the panel's name. */
const panelMessages = {
  chainImport: chainImportMessages,
  json: jsonMessages,
  output: outputMessages,
  preview: previewMessages,
  review: reviewMessages,
};

/** The whole text of one language: the shell's, then each panel's under its name. */
export function messagesOf(language: Language): Record<string, unknown> {
  const panels = Object.fromEntries(
    Object.entries(panelMessages).map(([name, messages]) => [name, messages[language]]),
  );
  return { ...(language === 'ko' ? ko : en), ...panels };
}

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
    resources: { en: { translation: messagesOf('en') }, ko: { translation: messagesOf('ko') } },
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
