import { type UseQueryResult, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CharterConfig } from '../../../compiler/index.ts';
import type { MonteCarloJobResult } from './preview-job.ts';
import { usePreviewStore } from './preview-store.ts';
import { runPreviewJob } from './run-preview-job.ts';
import { sweepRunsFor, sweepTurnouts } from './turnout-sweep.ts';

/** What {@link useMonteCarlo} returns. */
export interface UseMonteCarloReturnType {
  query: UseQueryResult<MonteCarloJobResult>;
  /** Whether the job is running (its progress is the store's `progress`). */
  running: boolean;
  /** Whether the submitted Monte Carlo is of an earlier version of the rules than `config`. */
  stale: boolean;
  /** Stops the running job (its worker is terminated) and forgets it. */
  cancel(): void;
}

/**
 * The submitted Monte Carlo and its turnout sweep: a query keyed by the config hash it was submitted against, the
 * scenario and the runs, so running the same inputs again answers from the cache. It runs only while `config` is
 * that version: a changed document marks it stale instead of starting thousands of runs on every edit.
 */
export function useMonteCarlo(config: CharterConfig | undefined): UseMonteCarloReturnType {
  const submission = usePreviewStore((state) => state.monteCarlo);
  const dropMonteCarlo = usePreviewStore((state) => state.dropMonteCarlo);
  const client = useQueryClient();
  const setProgress = usePreviewStore((state) => state.setProgress);
  const queryKey = ['preview', 'monte-carlo', submission?.configHash, submission?.scenario, submission?.runs];
  const current = submission !== undefined && config?.hash === submission.configHash;
  const query = useQuery({
    queryKey,
    enabled: current,
    queryFn: ({ signal }) => {
      setProgress({ done: 0, total: 1 });
      const runs = submission!.runs;
      return runPreviewJob(
        {
          job: 'monte-carlo',
          config: config!,
          scenario: submission!.scenario,
          runs,
          turnouts: [...sweepTurnouts],
          sweepRuns: sweepRunsFor(runs),
        },
        { signal, onProgress: (done, total) => setProgress({ done, total }) },
      );
    },
  });
  return {
    query,
    running: query.fetchStatus === 'fetching',
    stale: submission !== undefined && !current,
    cancel() {
      void client.cancelQueries({ queryKey });
      dropMonteCarlo();
    },
  };
}
