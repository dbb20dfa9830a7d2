import type { TFunction } from 'i18next';
import { diagnosticText, type Language } from '../../../compiler/index.ts';
import type { EditorTextResult } from './read-editor-text.ts';

/** Why the editor's text was not applied, in `language`: the loader's problem, else that it is no rule document. */
export function editorErrorText(
  error: Extract<EditorTextResult, { ok: false }>,
  language: Language,
  t: TFunction,
): string {
  return error.problem ? diagnosticText(error.problem, language) : t('json.notADocument');
}
