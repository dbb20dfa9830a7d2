import type { PreviewJobResults, PreviewRequest, PreviewResponse } from './preview-job.ts';

/** The error a job rejects with when the simulator refuses its scenario; `message` is for the user. */
export class PreviewJobError extends Error {
  override name = 'PreviewJobError' as const;
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
        else reject(new PreviewJobError(response.message));
      }
    };
    worker.onerror = (event) => {
      stop();
      reject(new Error(event.message || 'The preview worker failed to start.'));
    };
    worker.postMessage(request);
  });
}
