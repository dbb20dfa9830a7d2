/** The preview panel's text, in English and Korean (the same keys in both), under `preview` in i18next. */
export const previewMessages = {
  en: {},
  ko: {},
} as const;
