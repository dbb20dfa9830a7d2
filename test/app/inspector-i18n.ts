import i18next, { type TFunction } from 'i18next';
import { en } from '../../src/i18n/en.ts';
import { ko } from '../../src/i18n/ko.ts';
import type { ParseResult } from '../../src/inspector/parse/field-message.ts';
import { translateMessage } from '../../src/inspector/parse/translate-message.ts';

/** The interface's own translation function in one language, as the app sets it up. */
export async function translator(language: 'en' | 'ko'): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { en: { translation: en }, ko: { translation: ko } },
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

/** What a user reads under the field after a parse: the messages, or the stored value. */
export function shown<T>(t: TFunction, result: ParseResult<T>): string[] | { stored: T } {
  return result.ok ? { stored: result.value } : result.errors.map((message) => translateMessage(t, message));
}
