import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { type CharterDocument, maxDocumentBytes } from '../../compiler/index.ts';
import { useUiStore } from '../app/ui-store.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { hasUnsavedWork, useDocumentStore } from '../store/document-store.ts';
import { loadReasonText } from './load-reason.ts';
import { readDocumentFile } from './read-document-file.ts';

/** Opening documents: from a template, a blank page or a file, asking first when unsaved work would be replaced. */
export function useOpenDocument(): {
  /** Opens `document`, then runs `after` (not when the user declines to replace unsaved work). */
  open(document: CharterDocument, after?: () => void): void;
  importFile(file: File): Promise<void>;
} {
  const { t } = useTranslation();
  const language = useLanguage();
  const open = useCallback(
    (document: CharterDocument, after?: () => void) => {
      const replace = () => {
        useDocumentStore.getState().replace(document, { saved: true });
        after?.();
      };
      if (!hasUnsavedWork(useDocumentStore.getState())) return replace();
      useUiStore.getState().ask({
        title: t('documents.replaceTitle'),
        body: t('documents.replaceBodyPlain'),
        confirm: t('documents.replace'),
        onConfirm: replace,
      });
    },
    [t],
  );

  const importFile = useCallback(
    async (file: File) => {
      const { toast } = useUiStore.getState();
      const fail = (reason: string) =>
        toast('error', t('documents.importFailed', { file: file.name, reason }));
      if (file.size > maxDocumentBytes) return fail(t('documents.tooLarge', { limit: '5 MB' }));
      let text: string;
      try {
        text = await file.text();
      } catch (error) {
        return fail(
          loadReasonText({ words: 'unreadable', detail: String(error).split('\n', 1)[0] }, language, t),
        );
      }
      const read = readDocumentFile(text);
      if (!read.ok) return fail(loadReasonText(read.reason, language, t));
      open(read.document, () => toast('info', t('documents.imported', { file: file.name })));
    },
    [open, t, language],
  );

  return { open, importFile };
}
