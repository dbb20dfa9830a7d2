import type {
  CharterConfig,
  CharterDocument,
  MonteCarloReturnType,
  Scenario,
  SimulateReturnType,
} from '../../../compiler/index.ts';
import type { WorkerFailure } from '../../workers/worker-failure.ts';
import type { PowerCurve } from './power-curve.ts';
import type { TurnoutPoint } from './turnout-sweep.ts';

/** What the preview asks its worker to do: compile a document, run one sample, or run a Monte Carlo. */
export type PreviewRequest =
  | { job: 'compile'; document: CharterDocument }
  | { job: 'simulate'; config: CharterConfig; scenario: Scenario }
  | {
      job: 'monte-carlo';
      config: CharterConfig;
      scenario: Scenario;
      /** Runs of the main Monte Carlo. */
      runs: number;
      /** Turnouts (0 to 1) of the pass-probability sweep. */
      turnouts: number[];
      /** Runs at each sweep turnout. */
      sweepRuns: number;
    };

/** A compiled document, or how many errors stop it (the Problems panel lists them). */
export type CompileJobResult = { ok: true; config: CharterConfig } | { ok: false; errors: number };

/** One sample run: the traces, and each electorate's voting-power curve (the same holders as run 0 of a Monte Carlo). */
export interface SimulateJobResult {
  simulation: SimulateReturnType;
  curves: PowerCurve[];
}

/** A Monte Carlo, its turnout sweep and how long the main runs took in the worker (milliseconds). */
export interface MonteCarloJobResult {
  monteCarlo: MonteCarloReturnType;
  sweep: TurnoutPoint[];
  /** Runs made at each turnout of the sweep (0, and no sweep, when not one run per turnout fits the budget). */
  sweepRuns: number;
  milliseconds: number;
}

/** The result type of each job. */
export interface PreviewJobResults {
  compile: CompileJobResult;
  simulate: SimulateJobResult;
  'monte-carlo': MonteCarloJobResult;
}

/** What the worker posts back: progress (runs done of all the job's runs), the result, or why there is none. */
export type PreviewResponse =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: PreviewJobResults[keyof PreviewJobResults] }
  | { type: 'error'; failure: WorkerFailure };
