import { approval } from '../mechanisms/approval.ts';
import { copeland } from '../mechanisms/copeland.ts';
import { quadratic } from '../mechanisms/quadratic.ts';
import { rankedChoice } from '../mechanisms/ranked-choice.ts';
import { singleChoice } from '../mechanisms/single-choice.ts';
import { weighted } from '../mechanisms/weighted.ts';
import { budgetSplitTally } from './budget-split-tally.ts';
import { convictionTally } from './conviction-tally.ts';
import { majorityTally } from './majority-tally.ts';
import { multisigTally } from './multisig-tally.ts';
import { optimisticTally } from './optimistic-tally.ts';
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
 * naming the field that is wrong. Unknown mechanisms are the caller's to reject (see {@link tallyMechanisms}).
 */
export function runTally(
  mechanism: string,
  text: string,
): { ok: true; output: unknown } | { ok: false; message: string } {
  const run = tallyMechanisms[mechanism];
  if (run === undefined || !Object.hasOwn(tallyMechanisms, mechanism))
    return { ok: false, message: `unknown mechanism "${mechanism}"` };
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `the input is not JSON: ${(error as Error).message}` };
  }
  try {
    return { ok: true, output: run(input) };
  } catch (error) {
    if (error instanceof TallyInputError) return { ok: false, message: error.message };
    throw error;
  }
}
