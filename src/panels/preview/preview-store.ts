import { create } from 'zustand';
import type { Scenario } from '../../../compiler/index.ts';

/** A Monte Carlo the user asked for: its scenario, runs and the compiled config (by hash) it is of. */
export interface MonteCarloSubmission {
  scenario: Scenario;
  runs: number;
  configHash: string;
}

/** The preview's own state: the scenario being edited, what was last run, and the sample proposal traced. */
export interface PreviewState {
  /** The scenario in the editor (undefined until the config is known; then a preset). */
  scenario: Scenario | undefined;
  /** Monte Carlo runs for the next run. @default 1000 */
  runs: number;
  /** The scenario of the sample run: re-run against each new version of the rules, so the trace follows edits. */
  sample: Scenario | undefined;
  monteCarlo: MonteCarloSubmission | undefined;
  /** Runs done of all the running Monte Carlo's runs; kept here so only the progress bar re-renders as it moves. */
  progress: { done: number; total: number } | undefined;
  /** Index of the sample proposal whose path is drawn on the canvas, or null when the trace is dismissed. */
  traced: number | null;
  setScenario(scenario: Scenario): void;
  setRuns(runs: number): void;
  /** Runs `scenario`: the sample at once, and a Monte Carlo of the current runs against `configHash`. */
  submit(scenario: Scenario, configHash: string): void;
  /** Forgets the Monte Carlo submission (after its job was cancelled), so it is not started again. */
  dropMonteCarlo(): void;
  trace(index: number | null): void;
  setProgress(progress: { done: number; total: number } | undefined): void;
}

export const usePreviewStore = create<PreviewState>()((set, get) => ({
  scenario: undefined,
  runs: 1000,
  sample: undefined,
  monteCarlo: undefined,
  traced: null,
  progress: undefined,
  setScenario: (scenario) => set({ scenario }),
  setRuns: (runs) => set({ runs }),
  submit: (scenario, configHash) =>
    set({ sample: scenario, monteCarlo: { scenario, runs: get().runs, configHash }, traced: 0 }),
  dropMonteCarlo: () => set({ monteCarlo: undefined }),
  trace: (traced) => set({ traced }),
  setProgress: (progress) => set({ progress }),
}));
