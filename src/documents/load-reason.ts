import type { TFunction } from 'i18next';
import { type DiagnosticWords, diagnosticText, type Language } from '../../compiler/index.ts';

/**
 * Why a file or a stored record could not be opened, kept apart from any language so the dialog says it in the
 * interface's: the loader's own problem, or one of the app's reasons (with the browser's or loader's words as the
 * detail, when there are some).
 */
export type LoadReason =
  | { problem: DiagnosticWords }
  | { words: 'noDocument' | 'notADocument' | 'notJson' | 'loaderStopped' | 'unreadable'; detail?: string };

/** A {@link LoadReason} in `language`, under `documents.loadReasons` for the app's own reasons. */
export function loadReasonText(reason: LoadReason, language: Language, t: TFunction): string {
  if ('problem' in reason) return diagnosticText(reason.problem, language);
  return t(`documents.loadReasons.${reason.words}`, { detail: reason.detail ?? '' });
}
