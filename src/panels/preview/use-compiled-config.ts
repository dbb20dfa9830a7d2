import { keepPreviousData, type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useDocumentStore } from '../../store/document-store.ts';
import { documentHash } from './document-hash.ts';
import type { CompileJobResult } from './preview-job.ts';
import { runPreviewJob } from './run-preview-job.ts';

/**
 * The document on screen compiled in the preview's worker: a query keyed by its {@link documentHash}. While a new
 * version compiles the last result stays (`isPlaceholderData` true), so the scenario editor does not flicker; jobs
 * that must match the document wait for the real result.
 */
export function useCompiledConfig(): UseQueryResult<CompileJobResult> {
  const document = useDocumentStore((state) => state.document);
  const hash = documentHash(document);
  return useQuery({
    queryKey: ['preview', 'compile', hash],
    queryFn: ({ signal }) => runPreviewJob({ job: 'compile', document }, { signal }),
    placeholderData: keepPreviousData,
  });
}
