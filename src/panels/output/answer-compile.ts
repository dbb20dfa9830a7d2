import { compile, explainTargets } from '../../../compiler/index.ts';
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
    const milliseconds = performance.now() - started;
    return { id: request.id, result, milliseconds, enforcement: enforcement(request.document, result) };
  } catch (error) {
    return { id: request.id, failure: workerFailure(error) };
  }
}

/** The enforcement sentences in both languages, from the compiled config; none when the sentences cannot be made. */
function enforcement(document: unknown, result: ReturnType<typeof compile>) {
  if (!result.ok) return undefined;
  try {
    const { config } = result;
    return { en: explainTargets(document, 'en', { config }), ko: explainTargets(document, 'ko', { config }) };
  } catch {
    // The sentences are an aid: the parameters are still shown without them.
    return undefined;
  }
}
