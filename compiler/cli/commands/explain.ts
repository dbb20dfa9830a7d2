import { explain } from '../../explain/explain.ts';
import { explainTargets } from '../../explain/explain-targets.ts';
import { exitCodes } from '../cli-io.ts';
import type { Command } from '../command.ts';
import { parseCommandArgs } from '../parse-command-args.ts';
import { printDiagnostics } from '../print-diagnostics.ts';
import { readDocument } from '../read-document.ts';

const usage = `Usage: charter explain FILE [--lang en|ko] [--targets] [--json]

Tells the rules of a document (FILE, or - for standard input) in plain words: one paragraph for each path a
proposal can take.

Options:
  --lang en|ko   the language (default en)
  --targets      after the paths, say per target what the deployed system will and will not enforce
  --json         print {"ok", "paragraphs": [{"proposalTypes", "text", "nodes"}]}, with --targets
                 also "targets": [{"target", "verdict", "enforces", "refuses"}] and "unenforced"
  -h, --help

Exit codes: 0 explained, 1 the document has errors, 2 usage or I/O error.`;

/** `charter explain FILE [--lang en|ko] [--targets] [--json]`. */
export const explainCommand: Command = {
  name: 'explain',
  summary: 'tell the rules in plain English or Korean',
  usage,
  async run(args, io) {
    const options = {
      lang: { type: 'string' },
      json: { type: 'boolean' },
      targets: { type: 'boolean' },
    } as const;
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
    const targets =
      result.ok && parsed.values.targets
        ? explainTargets(loaded.ok ? loaded.document : null, language)
        : null;
    const all = targets?.ok
      ? { ...result, targets: targets.targets, unenforced: targets.unenforced }
      : result;
    if (parsed.values.json) io.stdout(`${JSON.stringify(all, null, 2)}\n`);
    else if (result.ok) {
      io.stdout(`${result.paragraphs.map((paragraph) => paragraph.text).join('\n\n')}\n`);
      if (targets?.ok) io.stdout(`\n${targetsText(targets.targets, targets.unenforced, language)}\n`);
    } else {
      io.stderr(
        language === 'ko'
          ? `✗ ${file}: 오류를 고쳐야 설명할 수 있습니다:\n`
          : `✗ ${file} cannot be explained until its errors are fixed:\n`,
      );
      printDiagnostics(
        result.diagnostics.filter((d) => d.severity === 'error'),
        io,
        io.stderr,
        language,
      );
    }
    return result.ok ? exitCodes.ok : exitCodes.invalid;
  },
};

/** The per-target section: a heading per target, its sentences, then what no target enforces. */
function targetsText(
  targets: Extract<ReturnType<typeof explainTargets>, { ok: true }>['targets'],
  unenforced: { text: string }[],
  language: 'en' | 'ko',
): string {
  const heading = language === 'ko' ? '배포된 시스템이 집행하는 것' : 'What the deployed system enforces';
  const blocks = targets.map((target) =>
    [...target.enforces, ...target.refuses].map((sentence) => `- ${sentence.text}`).join('\n'),
  );
  if (unenforced.length > 0) blocks.push(unenforced.map((sentence) => `- ${sentence.text}`).join('\n'));
  return `${heading}\n\n${blocks.join('\n\n')}`;
}
