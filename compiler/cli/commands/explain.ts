import { parseArgs } from 'node:util';
import { loadDocument } from '../../document/load-document.ts';
import { explain } from '../../explain/explain.ts';
import { exitCodes } from '../cli-io.ts';
import type { Command } from '../command.ts';
import { printDiagnostics } from '../print-diagnostics.ts';
import { readInput } from '../read-input.ts';

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
    let values: { lang?: string; json?: boolean };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args,
        options: { lang: { type: 'string' }, json: { type: 'boolean' } },
        allowPositionals: true,
      }));
    } catch (error) {
      io.stderr(`charter explain: ${(error as Error).message}\n\n${usage}\n`);
      return exitCodes.usage;
    }
    const language = values.lang ?? 'en';
    if (language !== 'en' && language !== 'ko') {
      io.stderr(`charter explain: --lang takes en or ko, not "${language}".\n`);
      return exitCodes.usage;
    }
    if (positionals.length !== 1) {
      io.stderr(`charter explain: name one file to explain, or - for standard input.\n\n${usage}\n`);
      return exitCodes.usage;
    }
    const file = positionals[0]!;
    const input = await readInput(file, io);
    if (!input.ok) {
      io.stderr(`charter explain: ${input.message}\n`);
      return exitCodes.usage;
    }
    const loaded = loadDocument(input.text);
    const result = loaded.ok ? explain(loaded.document, language) : loaded;
    if (values.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
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
