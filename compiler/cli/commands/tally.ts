import { runTally, tallyMechanisms } from '../../simulate/tally/run-tally.ts';
import { type CliIO, exitCodes } from '../cli-io.ts';
import type { Command } from '../command.ts';
import { parseCommandArgs } from '../parse-command-args.ts';
import { readInput } from '../read-input.ts';
import { langOption, readLanguage } from '../read-language.ts';

const usage = `Usage: charter tally MECHANISM [FILE|-] [--lang en|ko]

Runs one voting mechanism on a JSON input and prints the result as JSON.
FILE is the input; - or no FILE reads standard input.

Mechanisms:
  majority            token vote as OpenZeppelin's Governor counts it (exact, bigint)
  single-choice, approval, weighted, quadratic, ranked-choice, copeland
                      Snapshot's voting types, with Snapshot's scores
  quadratic-funding   Gitcoin's linear quadratic funding
  conviction          1Hive / Gardens conviction voting
  budget-split        median (or mean) of the voters' budget splits
  multisig, optimistic, veto

Amounts in and out are decimal strings of whole tokens ("50000.5"); "decimals" (default 18)
sets the token's base units. The formats are in the README (charter tally).

Options:
  --lang en|ko        the language of the input's problems (default en)

Exit codes: 0 done, 1 invalid input (the message names the field), 2 usage or I/O error.`;

/** `charter tally MECHANISM [FILE|-]`: one mechanism on a JSON input, printed as JSON. */
export const tallyCommand: Command = {
  name: 'tally',
  summary: 'run one voting mechanism on a JSON input and print the result as JSON',
  usage,
  async run(args: string[], io: CliIO): Promise<number> {
    const parsed = parseCommandArgs('tally', args, langOption, usage, io, {
      min: 0,
      max: Number.POSITIVE_INFINITY,
      missing: '',
    });
    if (!parsed) return exitCodes.usage;
    const language = readLanguage('tally', parsed.values.lang, io);
    if (!language) return exitCodes.usage;
    const [mechanism, file = '-', ...extra] = parsed.positionals;
    if (mechanism === undefined || extra.length > 0 || (file !== '-' && file.startsWith('-'))) {
      io.stderr(
        `charter tally: ${mechanism === undefined ? 'name a mechanism' : `unexpected argument "${extra[0] ?? file}"`}\n\n${usage}\n`,
      );
      return exitCodes.usage;
    }
    if (!Object.hasOwn(tallyMechanisms, mechanism)) {
      io.stderr(
        `charter tally: unknown mechanism "${mechanism}"; expected one of ${Object.keys(tallyMechanisms).join(', ')}\n`,
      );
      return exitCodes.usage;
    }
    const input = await readInput(file, io);
    if (!input.ok) {
      io.stderr(`charter tally: ${input.message}\n`);
      return exitCodes.usage;
    }
    const result = runTally(mechanism, input.text, language);
    if (!result.ok) {
      for (const problem of result.problems) io.stderr(`charter tally ${mechanism}: ${problem}\n`);
      return exitCodes.invalid;
    }
    io.stdout(`${JSON.stringify(result.output, null, 2)}\n`);
    return exitCodes.ok;
  },
};
