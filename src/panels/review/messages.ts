/** The review panel's text, in English and Korean (the same keys in both), under `review` in i18next. */
export const reviewMessages = {
  en: {},
  ko: {},
} as const;
