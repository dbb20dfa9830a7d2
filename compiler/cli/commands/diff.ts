import { describeDiff } from '../../diff/describe-diff.ts';
import { diffDocuments } from '../../diff/diff-documents.ts';
import type { CharterDocument } from '../../generated/charter-document.ts';
import { exitCodes } from '../cli-io.ts';
import type { Command } from '../command.ts';
import { parseCommandArgs } from '../parse-command-args.ts';
import { printDiagnostics } from '../print-diagnostics.ts';
import { readDocument } from '../read-document.ts';

const usage = `Usage: charter diff A B [--lang en|ko] [--json]

Says what changed from rule document A to rule document B, by meaning: nodes added and removed, values changed
(before → after, in human units), connections made or undone, and compiled target parameters that differ.
Positions on the canvas are ignored. Either file may be - for standard input.

Options:
  --lang en|ko   the language of the sentences (default en)
  --json         print {"diff": {...}, "sentences": [...]}
  -h, --help

Exit codes: 0 both documents are valid (whether or not they differ), 1 a document has errors, 2 usage or I/O error.`;

/** `charter diff A B [--lang en|ko] [--json]`. */
export const diffCommand: Command = {
  name: 'diff',
  summary: 'say what changed between two versions of the rules',
  usage,
  async run(args, io) {
    const options = { lang: { type: 'string' }, json: { type: 'boolean' } } as const;
    const parsed = parseCommandArgs('diff', args, options, usage, io, {
      min: 2,
      max: 2,
      missing: 'name the two files to compare.',
    });
    if (!parsed) return exitCodes.usage;
    const language = (parsed.values.lang as string | undefined) ?? 'en';
    if (language !== 'en' && language !== 'ko') {
      io.stderr(`charter diff: --lang takes en or ko, not "${language}".\n`);
      return exitCodes.usage;
    }
    if (parsed.positionals.every((file) => file === '-')) {
      io.stderr('charter diff: standard input (-) can be read only once.\n');
      return exitCodes.usage;
    }
    const documents: CharterDocument[] = [];
    for (const file of parsed.positionals) {
      const loaded = await readDocument('diff', file, io);
      if (!loaded) return exitCodes.usage;
      const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
      if (!loaded.ok || errors.length > 0) {
        io.stderr(
          language === 'ko'
            ? `✗ ${file}: 오류가 있어 무엇이 바뀌었는지 확실히 말할 수 없습니다:\n`
            : `✗ ${file} has errors, so what changed in it cannot be told reliably:\n`,
        );
        printDiagnostics(errors, io, io.stderr, language);
        return exitCodes.invalid;
      }
      documents.push(loaded.document);
    }
    const [a, b] = documents as [CharterDocument, CharterDocument];
    const diff = diffDocuments(a, b, language);
    const sentences = describeDiff(diff, a, b, language);
    const none = language === 'ko' ? '차이 없음.' : 'No differences.';
    if (parsed.values.json) io.stdout(`${JSON.stringify({ diff, sentences }, null, 2)}\n`);
    else io.stdout(`${sentences.length === 0 ? none : sentences.join('\n')}\n`);
    return exitCodes.ok;
  },
};
