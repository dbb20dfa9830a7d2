import { lintDocument } from '../../lint/lint-document.ts';
import { exitCodes } from '../cli-io.ts';
import type { Command } from '../command.ts';
import { parseCommandArgs } from '../parse-command-args.ts';
import { printDiagnostics } from '../print-diagnostics.ts';
import { readDocument } from '../read-document.ts';
import { langOption, readLanguage } from '../read-language.ts';

const usage = `Usage: charter lint FILE [--json] [--strict] [--lang en|ko]

Warns about designs that are legal but risky: a zero quorum, a few holders able to pass anything, treasury
transfers with no timelock, votes shorter than a day, stages that cannot progress, budgets decided by yes/no,
one-key multisigs, vetoes with no end. FILE may be - for standard input.

Options:
  --json     print {"ok", "diagnostics": [...]}
  --strict   exit 1 on warnings too
  --lang en|ko  the language of the warnings (default en)
  -h, --help

Exit codes: 0 no errors (and, with --strict, no warnings), 1 otherwise, 2 usage or I/O error.`;

/** `charter lint FILE [--json] [--strict] [--lang en|ko]`. */
export const lintCommand: Command = {
  name: 'lint',
  summary: 'warn about risky designs',
  usage,
  async run(args, io) {
    const options = { json: { type: 'boolean' }, strict: { type: 'boolean' }, ...langOption } as const;
    const missing = 'name one file to lint, or - for standard input.';
    const parsed = parseCommandArgs('lint', args, options, usage, io, { min: 1, max: 1, missing });
    if (!parsed) return exitCodes.usage;
    const language = readLanguage('lint', parsed.values.lang, io);
    if (!language) return exitCodes.usage;
    const file = parsed.positionals[0]!;
    const loaded = await readDocument('lint', file, io);
    if (!loaded) return exitCodes.usage;
    const result = loaded.ok ? lintDocument(loaded.document) : loaded;
    const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
    if (parsed.values.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    else {
      const found =
        language === 'ko'
          ? warnings === 0
            ? '위험한 설계가 없습니다'
            : `경고 ${warnings}개`
          : warnings === 0
            ? 'no risky designs found'
            : `${warnings} warning${warnings === 1 ? '' : 's'}`;
      const invalid = language === 'ko' ? `✗ ${file}: 오류가 있습니다:\n` : `✗ ${file} has errors:\n`;
      io.stdout(result.ok ? `${file}: ${found}\n` : invalid);
      printDiagnostics(result.diagnostics, io, io.stdout, language);
    }
    if (!result.ok) return exitCodes.invalid;
    return parsed.values.strict && warnings > 0 ? exitCodes.invalid : exitCodes.ok;
  },
};
