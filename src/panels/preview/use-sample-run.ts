import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { CharterConfig } from '../../../compiler/index.ts';
import type { SimulateJobResult } from './preview-job.ts';
import { usePreviewStore } from './preview-store.ts';
import { runPreviewJob } from './run-preview-job.ts';

/**
 * The submitted sample run of the current config: a query keyed by the config's hash and the scenario, so a
 * changed document runs it again and an unchanged one (or one changed back) answers from the cache.
 */
export function useSampleRun(config: CharterConfig | undefined): UseQueryResult<SimulateJobResult> {
  const scenario = usePreviewStore((state) => state.sample);
  return useQuery({
    queryKey: ['preview', 'simulate', config?.hash, scenario],
    enabled: config !== undefined && scenario !== undefined,
    queryFn: ({ signal }) =>
      runPreviewJob({ job: 'simulate', config: config!, scenario: scenario! }, { signal }),
  });
}
