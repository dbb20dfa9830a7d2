import { explain } from '../../explain/explain.ts';
import { exitCodes } from '../cli-io.ts';
import type { Command } from '../command.ts';
import { parseCommandArgs } from '../parse-command-args.ts';
import { printDiagnostics } from '../print-diagnostics.ts';
import { readDocument } from '../read-document.ts';

const usage = `Usage: charter explain FILE [--lang en|ko] [--json]

Tells the rules of a document (FILE, or - for standard input) in plain words: one paragraph for each path a
proposal can take.

Options:
  --lang en|ko   the language (default en)
  --json         print {"ok", "paragraphs": [{"proposalTypes", "text", "nodes"}]}
  -h, --help

Exit codes: 0 explained, 1 the document has errors, 2 usage or I/O error.`;

/** `charter explain FILE [--lang en|ko] [--json]`. */
export const explainCommand: Command = {
  name: 'explain',
  summary: 'tell the rules in plain English or Korean',
  usage,
  async run(args, io) {
    const options = { lang: { type: 'string' }, json: { type: 'boolean' } } as const;
    const missing = 'name one file to explain, or - for standard input.';
    const parsed = parseCommandArgs('explain', args, options, usage, io, { min: 1, max: 1, missing });
    if (!parsed) return exitCodes.usage;
    const language = (parsed.values.lang as string | undefined) ?? 'en';
    if (language !== 'en' && language !== 'ko') {
      io.stderr(`charter explain: --lang takes en or ko, not "${language}".\n`);
      return exitCodes.usage;
    }
    const file = parsed.positionals[0]!;
    const loaded = await readDocument('explain', file, io);
    if (!loaded) return exitCodes.usage;
    const result = loaded.ok ? explain(loaded.document, language) : loaded;
    if (parsed.values.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    else if (result.ok) io.stdout(`${result.paragraphs.map((paragraph) => paragraph.text).join('\n\n')}\n`);
    else {
      io.stderr(`✗ ${file} cannot be explained until its errors are fixed:\n`);
      printDiagnostics(
        result.diagnostics.filter((d) => d.severity === 'error'),
        io,
        io.stderr,
      );
    }
    return result.ok ? exitCodes.ok : exitCodes.invalid;
  },
};
