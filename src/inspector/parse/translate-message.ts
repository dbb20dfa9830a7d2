import type { TFunction } from 'i18next';
import type { FieldMessage } from './field-message.ts';

/** A field message in the interface language, with any wrapped message translated first. */
export function translateMessage(t: TFunction, message: FieldMessage): string {
  const values: Record<string, string | number> = { ...message.values };
  if (message.inner) values.message = translateMessage(t, message.inner);
  return t(message.key, values) as string;
}
