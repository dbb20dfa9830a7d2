import type { CharterDocument, CharterNode, Diagnostic } from '../../compiler/index.ts';
import type { WorkerFailure } from '../workers/worker-failure.ts';

/** Asks the check worker to check one version of the document. */
export interface CheckRequest {
  sequence: number;
  document: CharterDocument;
}

/**
 * The worker's answer for one version: its diagnostics, its {@link documentKey} and the nodes whose defaults the
 * page's quick fill does not give exactly, with their defaults filled in; or why checking it failed. Only those
 * nodes are sent: copying every filled node of a 2,000-node document to the page held it for tens of milliseconds.
 */
export type CheckResponse =
  | { sequence: number; diagnostics: Diagnostic[]; key: string; filledNodes?: CharterNode[] }
  | { sequence: number; failure: WorkerFailure };
