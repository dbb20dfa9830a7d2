import type { WorkerFailure } from '../../workers/worker-failure.ts';
import type { PreviewJobResults, PreviewRequest, PreviewResponse } from './preview-job.ts';

/** The error a job rejects with when it gave no result: `failure` says why, for the panel to put in words. */
export class PreviewJobError extends Error {
  override name = 'PreviewJobError' as const;
  readonly failure: WorkerFailure;

  constructor(failure: WorkerFailure) {
    super(failure.message);
    this.failure = failure;
  }
}

/** Why a preview job gave no result, from what its query failed with. */
export function previewFailure(error: Error): WorkerFailure {
  return error instanceof PreviewJobError ? error.failure : { reason: 'internal', message: error.message };
}

/**
 * Runs one job in a fresh module worker and resolves with its result. Aborting `signal` terminates the worker,
 * which stops the job wherever it is, and rejects with the signal's reason. `onProgress` sees runs done of the total.
 */
export function runPreviewJob<J extends PreviewRequest['job']>(
  request: Extract<PreviewRequest, { job: J }>,
  options: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {},
): Promise<PreviewJobResults[J]> {
  const { signal, onProgress } = options;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const worker = new Worker(new URL('./preview-worker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      stop();
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', abort);
    worker.onmessage = (event: MessageEvent<PreviewResponse>) => {
      const response = event.data;
      if (response.type === 'progress') onProgress?.(response.done, response.total);
      else {
        stop();
        if (response.type === 'done') resolve(response.result as PreviewJobResults[J]);
        else reject(new PreviewJobError(response.failure));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      stop();
      reject(
        new PreviewJobError({ reason: 'internal', message: event.message || 'the preview worker failed' }),
      );
    };
    worker.postMessage(request);
  });
}
