import { parseArgs } from 'node:util';
import { describeDiff } from '../../diff/describe-diff.ts';
import { diffDocuments } from '../../diff/diff-documents.ts';
import { loadDocument } from '../../document/load-document.ts';
import { exitCodes } from '../cli-io.ts';
import type { Command } from '../command.ts';
import { printDiagnostics } from '../print-diagnostics.ts';
import { readInput } from '../read-input.ts';

const usage = `Usage: charter diff A B [--lang en|ko] [--json]

Says what changed from rule document A to rule document B, by meaning: nodes added and removed, values changed
(before → after, in human units), connections made or undone, and compiled target parameters that differ.
Positions on the canvas are ignored. Either file may be - for standard input.

Options:
  --lang en|ko   the language of the sentences (default en)
  --json         print {"diff": {...}, "sentences": [...]}
  -h, --help

Exit codes: 0 both documents loaded (whether or not they differ), 1 a document cannot be loaded, 2 usage or I/O error.`;

/** `charter diff A B [--lang en|ko] [--json]`. */
export const diffCommand: Command = {
  name: 'diff',
  summary: 'say what changed between two versions of the rules',
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
      io.stderr(`charter diff: ${(error as Error).message}\n\n${usage}\n`);
      return exitCodes.usage;
    }
    const language = values.lang ?? 'en';
    if (language !== 'en' && language !== 'ko') {
      io.stderr(`charter diff: --lang takes en or ko, not "${language}".\n`);
      return exitCodes.usage;
    }
    if (positionals.length !== 2) {
      io.stderr(`charter diff: name the two files to compare.\n\n${usage}\n`);
      return exitCodes.usage;
    }
    const documents = [];
    for (const file of positionals) {
      const input = await readInput(file, io);
      if (!input.ok) {
        io.stderr(`charter diff: ${input.message}\n`);
        return exitCodes.usage;
      }
      const loaded = loadDocument(input.text);
      if (!loaded.ok) {
        io.stderr(`✗ ${file} cannot be loaded:\n`);
        printDiagnostics(loaded.diagnostics, io, io.stderr);
        return exitCodes.invalid;
      }
      documents.push(loaded.document);
    }
    const [a, b] = documents as [(typeof documents)[0], (typeof documents)[0]];
    const diff = diffDocuments(a, b, language);
    const sentences = describeDiff(diff, a, b, language);
    if (values.json) io.stdout(`${JSON.stringify({ diff, sentences }, null, 2)}\n`);
    else
      io.stdout(
        sentences.length === 0
          ? language === 'ko'
            ? '차이 없음.\n'
            : 'No differences.\n'
          : `${sentences.join('\n')}\n`,
      );
    return exitCodes.ok;
  },
};
