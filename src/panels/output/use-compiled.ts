import { useQuery } from '@tanstack/react-query';
import type { CharterDocument } from '../../../compiler/index.ts';
import { documentKey } from '../../store/document-key.ts';
import { compileInWorker } from './compile-in-worker.ts';

/**
 * The document's compile job (in a Web Worker), keyed by the keccak256 of its canonical JSON: each version is
 * compiled once, the previous answer stays on screen while the next one runs, and a superseded job is cancelled.
 */
export function useCompiled(document: CharterDocument) {
  const key = documentKey(document);
  return useQuery({
    queryKey: ['compile', key],
    queryFn: ({ signal }) => compileInWorker(document, signal),
    placeholderData: (previous) => previous,
  });
}
