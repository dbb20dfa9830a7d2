import type { TFunction } from 'i18next';
import type { CharterConfig, Language } from '../../../compiler/index.ts';

/** What a raw target value's meaning is read against. */
export interface MeaningContext {
  /** The target's name, as `charter compile --target` takes it. */
  target: string;
  /** The entry the value is in: one governor, plugin, Safe, space or pool. */
  item: Record<string, unknown>;
  config: CharterConfig;
  /** Node labels by id, from the document. */
  labels: ReadonlyMap<string, string>;
  t: TFunction;
  language: Language;
}
