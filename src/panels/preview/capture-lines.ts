import type { CharterConfig, Fraction } from '../../../compiler/index.ts';

/** A share of supply a coalition of top holders must reach, in percent, and what reaching it does. */
export interface CaptureLine {
  /** `quorum`: their For alone meets a vote's quorum; `majority`: they outvote every other holder too. */
  kind: 'quorum' | 'majority';
  /** The decision it is of (a body id). */
  node: string;
  /** Percent of the electorate's supply. */
  share: number;
}

const ratio = (f: Fraction) => Number(f.numerator) / Number(f.denominator);

/**
 * The lines a capturing coalition of `electorate` must cross, from each decision it makes by For against Against
 * (a body whose rule has a support threshold, as a majority vote's does): the quorum (a
 * share of supply, or an absolute amount over `supply`, base units), and the support threshold t of all the power
 * held (`held`, percent of supply): with For B they beat everyone else's Against when B > t · held. Rounded to 0.1;
 * a line at a share another line already has is left out.
 */
export function captureLines(
  config: CharterConfig,
  electorate: string,
  held: number,
  supply: bigint,
): CaptureLine[] {
  const lines: CaptureLine[] = [];
  const add = (line: CaptureLine) => {
    const share = Math.round(line.share * 10) / 10;
    if (!lines.some((other) => other.share === share)) lines.push({ ...line, share });
  };
  for (const body of config.bodies) {
    const rule = body.rule as {
      quorum?: { fraction: Fraction } | { absolute: string };
      supportThreshold?: Fraction;
    };
    if (body.electorate !== electorate || rule.supportThreshold === undefined) continue;
    if (rule.quorum && 'fraction' in rule.quorum)
      add({ kind: 'quorum', node: body.id, share: ratio(rule.quorum.fraction) * 100 });
    else if (rule.quorum && supply > 0n)
      add({
        kind: 'quorum',
        node: body.id,
        share: Number((BigInt(rule.quorum.absolute) * 1_000_000n) / supply) / 10_000,
      });
    if (rule.supportThreshold)
      add({ kind: 'majority', node: body.id, share: ratio(rule.supportThreshold) * held });
  }
  return lines;
}
