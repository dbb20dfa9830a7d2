import { parseArgs } from 'node:util';
import { loadDocument } from '../../document/load-document.ts';
import { lintDocument } from '../../lint/lint-document.ts';
import { exitCodes } from '../cli-io.ts';
import type { Command } from '../command.ts';
import { printDiagnostics } from '../print-diagnostics.ts';
import { readInput } from '../read-input.ts';

const usage = `Usage: charter lint FILE [--json] [--strict]

Warns about designs that are legal but risky: a zero quorum, a few holders able to pass anything, treasury
transfers with no timelock, votes shorter than a day, stages that cannot progress, budgets decided by yes/no,
one-key multisigs, vetoes with no end. FILE may be - for standard input.

Options:
  --json     print {"ok", "diagnostics": [...]}
  --strict   exit 1 on warnings too
  -h, --help

Exit codes: 0 no errors (and, with --strict, no warnings), 1 otherwise, 2 usage or I/O error.`;

/** `charter lint FILE [--json] [--strict]`. */
export const lintCommand: Command = {
  name: 'lint',
  summary: 'warn about risky designs',
  usage,
  async run(args, io) {
    let values: { json?: boolean; strict?: boolean };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args,
        options: { json: { type: 'boolean' }, strict: { type: 'boolean' } },
        allowPositionals: true,
      }));
    } catch (error) {
      io.stderr(`charter lint: ${(error as Error).message}\n\n${usage}\n`);
      return exitCodes.usage;
    }
    if (positionals.length !== 1) {
      io.stderr(`charter lint: name one file to lint, or - for standard input.\n\n${usage}\n`);
      return exitCodes.usage;
    }
    const file = positionals[0]!;
    const input = await readInput(file, io);
    if (!input.ok) {
      io.stderr(`charter lint: ${input.message}\n`);
      return exitCodes.usage;
    }
    const loaded = loadDocument(input.text);
    const result = loaded.ok ? lintDocument(loaded.document) : loaded;
    const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
    if (values.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    else {
      io.stdout(
        result.ok
          ? `${file}: ${warnings === 0 ? 'no risky designs found' : `${warnings} warning${warnings === 1 ? '' : 's'}`}\n`
          : `✗ ${file} has errors:\n`,
      );
      printDiagnostics(result.diagnostics, io);
    }
    if (!result.ok) return exitCodes.invalid;
    return values.strict && warnings > 0 ? exitCodes.invalid : exitCodes.ok;
  },
};
