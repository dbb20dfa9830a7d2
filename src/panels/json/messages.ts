/** The json panel's text, in English and Korean (the same keys in both), under `json` in i18next. */
export const jsonMessages = {
  en: {},
  ko: {},
} as const;
