import type { Language } from '../../nodes/node-kind.ts';
import { inputSchemaProblems } from '../input-schema-problems.ts';
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
import type { tallyInputSchemas } from './tally-input-schemas.ts';
import { tallyInputValidator } from './tally-input-validator.ts';
import { tallyWordsIn } from './tally-words.ts';
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

/** What {@link runTally} returns: the output, or every problem found (`problems`, joined by newlines in `message`). */
export type RunTallyReturnType =
  | { ok: true; output: unknown }
  | { ok: false; message: string; problems: string[] };

/**
 * Runs one mechanism on JSON text, as `charter tally MECHANISM` does: the input is checked against the
 * mechanism's schema ({@link tallyInputSchemas}), then read. Returns the output object, or messages naming each
 * field that is wrong (or the output field that would overflow: never a null score). Unknown
 * mechanisms are the caller's to reject (see {@link tallyMechanisms}).
 */
export function runTally(mechanism: string, text: string, language: Language = 'en'): RunTallyReturnType {
  const run = tallyMechanisms[mechanism];
  if (run === undefined || !Object.hasOwn(tallyMechanisms, mechanism))
    return {
      ok: false,
      message: `unknown mechanism "${mechanism}"`,
      problems: [`unknown mechanism "${mechanism}"`],
    };
  const parsed = parseInputJson(text, language === 'ko' ? '입력' : 'the input', language);
  if (!parsed.ok) return { ok: false, message: parsed.message, problems: [parsed.message] };
  const validate = tallyInputValidator(mechanism);
  if (validate !== undefined && !validate(parsed.value)) {
    const problems = inputSchemaProblems(validate.errors ?? [], tallyWordsIn(language));
    return { ok: false, message: problems.join('\n'), problems };
  }
  let output: unknown;
  try {
    output = run(parsed.value);
  } catch (error) {
    if (error instanceof TallyInputError) {
      const message = language === 'ko' ? error.korean : error.message;
      return { ok: false, message, problems: [message] };
    }
    throw error;
  }
  const overflowed = overflowedOutputPath(output);
  if (overflowed !== undefined) {
    const message =
      language === 'ko'
        ? `${overflowed} 값이 넘칩니다: 입력의 수를 더하면 수 하나가 담을 수 있는 크기(약 1.8e308)를 넘습니다`
        : `${overflowed} overflows: the numbers in the input add up to more than a number can hold (about 1.8e308)`;
    return { ok: false, message, problems: [message] };
  }
  return { ok: true, output };
}
