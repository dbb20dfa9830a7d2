import type { CharterDocument, CompileResult, ExplainTargetsResult } from '../../../compiler/index.ts';
import type { WorkerFailure } from '../../workers/worker-failure.ts';

/** A document for the compile worker to compile. */
export interface CompileRequest {
  id: number;
  document: CharterDocument;
}

/**
 * The compile worker's answer to the request with the same id: the result and how long the compile took in the
 * worker (milliseconds), or why there is none.
 */
export type CompileResponse =
  | {
      id: number;
      result: CompileResult;
      milliseconds: number;
      /** Per target, what the deployed system will and will not enforce, in each language (absent if it failed). */
      enforcement?: Record<'en' | 'ko', ExplainTargetsResult>;
    }
  | { id: number; failure: WorkerFailure };
