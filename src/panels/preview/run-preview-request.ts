import {
  compile,
  generateElectorates,
  monteCarlo,
  mulberry32,
  runsWithinBudget,
  simulate,
  votersPerRun,
} from '../../../compiler/index.ts';
import { powerCurve } from './power-curve.ts';
import type { PreviewJobResults, PreviewRequest, PreviewResponse } from './preview-job.ts';
import { atTurnout, type TurnoutPoint } from './turnout-sweep.ts';

/** Progress at most every 40 ms (and at the end), so the page is not flooded with messages. */
function progress(total: number, post: (response: PreviewResponse) => void): (done: number) => void {
  let last = 0;
  return (done) => {
    const now = performance.now();
    if (now - last < 40 && done !== total) return;
    last = now;
    post({ type: 'progress', done, total });
  };
}

/**
 * Does what the preview asked, in the worker: compiles a document, runs one sample, or runs a Monte Carlo and its
 * turnout sweep, posting progress (runs done of all the job's runs) through `post`. Throws what the compiler throws.
 */
export function runPreviewRequest(
  request: PreviewRequest,
  post: (response: PreviewResponse) => void,
): PreviewJobResults[keyof PreviewJobResults] {
  if (request.job === 'compile') {
    const compiled = compile(request.document);
    return compiled.ok
      ? { ok: true, config: compiled.config }
      : { ok: false, errors: compiled.diagnostics.filter((d) => d.severity === 'error').length };
  }
  const { config, scenario } = request;
  if (request.job === 'simulate') {
    const electorates = generateElectorates(config, scenario, mulberry32(scenario.seed));
    return {
      simulation: simulate(config, scenario),
      curves: [...electorates].map(([id, electorate]) =>
        powerCurve(
          id,
          electorate.holders.map((holder) => holder.balance),
          electorate.supply,
        ),
      ),
    };
  }
  // A scenario with many voters runs fewer times (see voterDrawBudget), and the whole sweep shares one budget: when
  // not even one run per turnout fits, there is no sweep. The progress counts the runs that will be made.
  const voters = votersPerRun(generateElectorates(config, scenario, mulberry32(scenario.seed)));
  const runs = runsWithinBudget(request.runs, voters);
  const points = request.turnouts.length;
  const sweepRuns =
    points === 0 ? 0 : Math.floor(runsWithinBudget(points * request.sweepRuns, voters) / points);
  const total = runs + request.turnouts.length * sweepRuns;
  const report = progress(total, post);
  const started = performance.now();
  const result = monteCarlo(config, scenario, { runs: request.runs, onProgress: (done) => report(done) });
  const milliseconds = Math.round(performance.now() - started);
  const sweep: TurnoutPoint[] = (sweepRuns === 0 ? [] : request.turnouts).map((turnout, index) => {
    const before = runs + index * sweepRuns;
    const point = monteCarlo(config, atTurnout(scenario, turnout), {
      runs: sweepRuns,
      onProgress: (done) => report(before + done),
    });
    return {
      turnout: Math.round(turnout * 100),
      pass: Object.fromEntries(point.types.map((type) => [type.proposalType, type.passProbability])),
    };
  });
  return { monteCarlo: result, sweep, sweepRuns, milliseconds };
}
