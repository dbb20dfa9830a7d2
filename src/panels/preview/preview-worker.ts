// The preview's jobs in a Web Worker, one worker per job: a 10,000-run Monte Carlo takes seconds, which must never
// hold up the canvas, and cancelling a job terminates its worker, which stops it at once.
import {
  CharterError,
  compile,
  generateElectorates,
  monteCarlo,
  mulberry32,
  simulate,
} from '../../../compiler/index.ts';
import { powerCurve } from './power-curve.ts';
import type { PreviewJobResults, PreviewRequest, PreviewResponse } from './preview-job.ts';
import { atTurnout, type TurnoutPoint } from './turnout-sweep.ts';

const post = (response: PreviewResponse) => self.postMessage(response);

/** Progress at most every 40 ms (and at the end), so the page is not flooded with messages. */
function progress(total: number): (done: number) => void {
  let last = 0;
  return (done) => {
    const now = performance.now();
    if (now - last < 40 && done !== total) return;
    last = now;
    post({ type: 'progress', done, total });
  };
}

function run(request: PreviewRequest): PreviewJobResults[keyof PreviewJobResults] {
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
  const total = request.runs + request.turnouts.length * request.sweepRuns;
  const report = progress(total);
  const started = performance.now();
  const result = monteCarlo(config, scenario, { runs: request.runs, onProgress: (done) => report(done) });
  const milliseconds = Math.round(performance.now() - started);
  const sweep: TurnoutPoint[] = request.turnouts.map((turnout, index) => {
    const before = request.runs + index * request.sweepRuns;
    const point = monteCarlo(config, atTurnout(scenario, turnout), {
      runs: request.sweepRuns,
      onProgress: (done) => report(before + done),
    });
    return {
      turnout: Math.round(turnout * 100),
      pass: Object.fromEntries(point.types.map((type) => [type.proposalType, type.passProbability])),
    };
  });
  return { monteCarlo: result, sweep, milliseconds };
}

self.onmessage = (event: MessageEvent<PreviewRequest>) => {
  try {
    post({ type: 'done', result: run(event.data) });
  } catch (error) {
    // A scenario the simulator cannot generate (a CSV over the supply, an unknown electorate) is the user's to fix.
    if (error instanceof CharterError) post({ type: 'error', message: error.message });
    else post({ type: 'error', message: `Internal error: ${(error as Error).message}` });
  }
};
