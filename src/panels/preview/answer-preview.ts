import { workerFailure } from '../../workers/worker-failure.ts';
import type { PreviewRequest, PreviewResponse } from './preview-job.ts';
import { runPreviewRequest } from './run-preview-request.ts';

/**
 * The preview worker's answer to one request, through `post`: progress, then the result, or, when the job throws,
 * the failure (`refused` for a scenario the simulator cannot generate, such as a CSV over the supply, which the user
 * can fix; `internal` for a bug), so the panel says so instead of waiting. `run` does the job (given in tests).
 */
export function answerPreview(
  request: PreviewRequest,
  post: (response: PreviewResponse) => void,
  run = runPreviewRequest,
): void {
  let result: ReturnType<typeof runPreviewRequest>;
  try {
    result = run(request, post);
  } catch (error) {
    post({ type: 'error', failure: workerFailure(error) });
    return;
  }
  try {
    post({ type: 'done', result });
  } catch (error) {
    // A result that cannot be copied to the page is a failure too, not silence.
    post({ type: 'error', failure: workerFailure(error) });
  }
}
