import type { CharterDocument, Diagnostic } from '../../compiler/index.ts';
import type { WorkerFailure } from '../workers/worker-failure.ts';

/** Asks the check worker to check one version of the document. */
export interface CheckRequest {
  sequence: number;
  document: CharterDocument;
}

/**
 * The worker's answer for one version: its diagnostics and its form with defaults filled in, or why checking it
 * failed.
 */
export type CheckResponse =
  | { sequence: number; diagnostics: Diagnostic[]; filled?: CharterDocument }
  | { sequence: number; failure: WorkerFailure };
