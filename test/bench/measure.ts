/** Median wall time in milliseconds of `run` over `samples` runs, after `warmup` unmeasured runs. */
export function medianMs(run: () => unknown, { samples = 7, warmup = 2 } = {}): number {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Prints one figure as an aligned line: `name  12.34 ms  (note)`. */
export function report(name: string, ms: number, note = ''): void {
  console.log(`${name.padEnd(56)} ${ms.toFixed(2).padStart(10)} ms${note ? `  ${note}` : ''}`);
}
