/** The output panel's text, in English and Korean (the same keys in both), under `output` in i18next. */
export const outputMessages = {
  en: {},
  ko: {},
} as const;
