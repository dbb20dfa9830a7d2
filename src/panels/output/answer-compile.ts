import { compile } from '../../../compiler/index.ts';
import { workerFailure } from '../../workers/worker-failure.ts';
import type { CompileRequest, CompileResponse } from './compile-messages.ts';

/**
 * The compile worker's answer to one request: the compile result and how long it took, or, when compiling throws
 * (a bug: a document's mistakes come back as diagnostics), the failure, so the panel says so instead of waiting.
 * `run` is the compiler (given in tests).
 */
export function answerCompile(request: CompileRequest, run: typeof compile = compile): CompileResponse {
  const started = performance.now();
  try {
    const result = run(request.document);
    return { id: request.id, result, milliseconds: performance.now() - started };
  } catch (error) {
    return { id: request.id, failure: workerFailure(error) };
  }
}
