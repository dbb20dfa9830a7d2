import { approval } from '../mechanisms/approval.ts';
import { copeland } from '../mechanisms/copeland.ts';
import { quadratic } from '../mechanisms/quadratic.ts';
import { rankedChoice } from '../mechanisms/ranked-choice.ts';
import { singleChoice } from '../mechanisms/single-choice.ts';
import { weighted } from '../mechanisms/weighted.ts';
import { parseInputJson } from '../parse-input-json.ts';
import { budgetSplitTally } from './budget-split-tally.ts';
import { convictionTally } from './conviction-tally.ts';
import { majorityTally } from './majority-tally.ts';
import { multisigTally } from './multisig-tally.ts';
import { optimisticTally } from './optimistic-tally.ts';
import { overflowedOutputPath } from './overflowed-output-path.ts';
import { quadraticFundingTally } from './quadratic-funding-tally.ts';
import { snapshotTally } from './snapshot-tally.ts';
import { TallyInputError } from './tally-input-error.ts';
import { vetoTally } from './veto-tally.ts';

/** Every mechanism `charter tally` runs, by name, each from parsed JSON input to JSON output. */
export const tallyMechanisms: Readonly<Record<string, (input: unknown) => unknown>> = {
  majority: majorityTally,
  'single-choice': (input) => snapshotTally(singleChoice, input),
  approval: (input) => snapshotTally(approval, input),
  weighted: (input) => snapshotTally(weighted, input),
  quadratic: (input) => snapshotTally(quadratic, input),
  'ranked-choice': (input) => snapshotTally(rankedChoice, input),
  copeland: (input) => snapshotTally(copeland, input),
  'quadratic-funding': quadraticFundingTally,
  conviction: convictionTally,
  'budget-split': budgetSplitTally,
  multisig: multisigTally,
  optimistic: optimisticTally,
  veto: vetoTally,
};

/**
 * Runs one mechanism on JSON text, as `charter tally MECHANISM` does. Returns the output object, or a message
 * naming the field that is wrong (or the output field that would overflow: never a null score). Unknown
 * mechanisms are the caller's to reject (see {@link tallyMechanisms}).
 */
export function runTally(
  mechanism: string,
  text: string,
): { ok: true; output: unknown } | { ok: false; message: string } {
  const run = tallyMechanisms[mechanism];
  if (run === undefined || !Object.hasOwn(tallyMechanisms, mechanism))
    return { ok: false, message: `unknown mechanism "${mechanism}"` };
  const parsed = parseInputJson(text, 'the input');
  if (!parsed.ok) return parsed;
  let output: unknown;
  try {
    output = run(parsed.value);
  } catch (error) {
    if (error instanceof TallyInputError) return { ok: false, message: error.message };
    throw error;
  }
  const overflowed = overflowedOutputPath(output);
  if (overflowed !== undefined)
    return {
      ok: false,
      message: `${overflowed} overflows: the numbers in the input add up to more than a number can hold (about 1.8e308)`,
    };
  return { ok: true, output };
}
