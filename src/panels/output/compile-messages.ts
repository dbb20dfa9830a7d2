import type { CharterDocument, CompileResult } from '../../../compiler/index.ts';

/** A document for the compile worker to compile. */
export interface CompileRequest {
  id: number;
  document: CharterDocument;
}

/** The compile worker's answer to the request with the same id. */
export interface CompileResponse {
  id: number;
  result: CompileResult;
  /** How long the compile took in the worker. */
  milliseconds: number;
}
