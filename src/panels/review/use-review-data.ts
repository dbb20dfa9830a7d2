import { useMemo } from 'react';
import { compile, type Diagnostic, type ExplainResult, explain } from '../../../compiler/index.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { useCheckStore } from '../../store/check-store.ts';
import { useDocumentStore } from '../../store/document-store.ts';

/** What the review shows of the document on the canvas: its summary, config hash and warnings. */
export interface ReviewData {
  summary: ExplainResult;
  /** The config's keccak256 (`0x…`), or undefined when the document does not compile. */
  hash: string | undefined;
  /** The design lints and other warnings of the newest check. */
  warnings: Diagnostic[];
}

/** The summary in the interface language, the hash and the warnings of the document on the canvas. */
export function useReviewData(): ReviewData {
  const document = useDocumentStore((state) => state.document);
  const diagnostics = useCheckStore((state) => state.checked.diagnostics);
  const language = useLanguage();
  const summary = useMemo(() => explain(document, language), [document, language]);
  const hash = useMemo(() => {
    const compiled = compile(document);
    return compiled.ok ? compiled.config.hash : undefined;
  }, [document]);
  const warnings = useMemo(() => diagnostics.filter((d) => d.severity === 'warning'), [diagnostics]);
  return { summary, hash, warnings };
}
