import { parseArgs } from 'node:util';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { loadDocument } from '../../document/load-document.ts';
import type { NodeGroup } from '../../nodes/node-kind.ts';
import { type DocumentSummary, summarizeDocument } from '../../summary/summarize-document.ts';
import { isValid } from '../../validate/validate-document.ts';
import { type CliIO, exitCodes } from '../cli-io.ts';
import type { Command } from '../command.ts';
import { paint } from '../paint.ts';
import { printDiagnostics } from '../print-diagnostics.ts';
import { readInput } from '../read-input.ts';

/** What `charter validate --json` prints for each file. */
export interface ValidateFileResult {
  file: string;
  valid: boolean;
  errors: number;
  warnings: number;
  diagnostics: Diagnostic[];
  /** Absent when the file could not be loaded as a document at all. */
  summary?: DocumentSummary;
}

const usage = `Usage: charter validate FILE... [--json]

Checks rule documents (*.charter.json) and prints what they hold and every problem found.
FILE may be - to read standard input.

Options:
  --json   print {"valid", "files": [{file, valid, errors, warnings, diagnostics, summary}]}
  -h, --help

Exit codes: 0 every file is valid (warnings allowed), 1 a file has errors, 2 usage or I/O error.`;

/** Checks one file's text; the result the CLI prints and the library would return. */
export function validateText(file: string, text: string): ValidateFileResult {
  const loaded = loadDocument(text);
  const { diagnostics } = loaded;
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length;
  const result: ValidateFileResult = {
    file,
    valid: loaded.ok && isValid(diagnostics),
    errors,
    warnings,
    diagnostics,
  };
  if (loaded.ok) {
    const invalid = new Set(
      diagnostics
        .filter((d) => d.severity === 'error' && d.nodeId && d.field?.startsWith('params'))
        .map((d) => d.nodeId!),
    );
    result.summary = summarizeDocument(loaded.document, 'en', invalid);
  }
  return result;
}

function plural(n: number, word: string): string {
  if (n === 1) return `1 ${word}`;
  return `${n} ${word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`}`;
}

const groupWords: Record<NodeGroup, string> = {
  proposals: 'entry',
  routing: 'routing step',
  electorates: 'electorate',
  convex: 'yes/no decision',
  concave: 'concave decision',
  combinators: 'combinator',
  outcomes: 'outcome',
};

/** A value of the document as text: strings as they are, anything else as JSON. */
function shown(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

function printHuman(result: ValidateFileResult, io: CliIO): void {
  const color = paint(io.isTTY);
  const counts = [
    result.errors && plural(result.errors, 'error'),
    result.warnings && plural(result.warnings, 'warning'),
  ]
    .filter(Boolean)
    .join(', ');
  const head = result.valid ? color.green(`✓ ${result.file}: valid`) : color.red(`✗ ${result.file}: invalid`);
  io.stdout(`${head}${counts ? ` (${counts})` : ''}\n`);
  const summary = result.summary;
  if (summary) {
    const clock = summary.clockMode === 'timestamp' ? 'timestamp clock' : 'block-number clock';
    const chain =
      summary.chainId === undefined
        ? ''
        : ` · chain ${summary.chainId} · ${summary.blockTime} s blocks · ${clock}`;
    io.stdout(`  ${summary.name || '(no name)'}${chain}${summary.currentStage ? ` · stage ${summary.currentStage}` : ''}
`);
    if (summary.proposalTypes.length > 0)
      io.stdout(`  Proposal types: ${summary.proposalTypes.join(', ')}\n`);
    const groups = Object.entries(summary.groups)
      .map(([group, n]) => plural(n, groupWords[group as NodeGroup]))
      .join(', ');
    io.stdout(
      `  ${plural(summary.nodeCount, 'node')}, ${plural(summary.edgeCount, 'edge')}${groups ? `: ${groups}` : ''}\n`,
    );
    // An invalid document still gets its summary, and its names and kinds may be anything JSON holds.
    const nodes = summary.nodes.map((node) => ({ ...node, name: shown(node.name), kind: shown(node.kind) }));
    const width = Math.min(28, Math.max(0, ...nodes.map((node) => node.name.length)));
    for (const node of nodes) {
      io.stdout(`    ${node.name.padEnd(width)}  ${color.dim(node.kind.padEnd(17))} ${node.summary}\n`);
    }
  }
  printDiagnostics(result.diagnostics, io);
}

/** `charter validate FILE... [--json]`. */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'check rule documents and summarise them',
  usage,
  async run(args, io) {
    let parsed: ReturnType<
      typeof parseArgs<{ options: { json: { type: 'boolean' } }; allowPositionals: true }>
    >;
    try {
      parsed = parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: true });
    } catch (error) {
      io.stderr(`charter validate: ${(error as Error).message}\n\n${usage}\n`);
      return exitCodes.usage;
    }
    const files = parsed.positionals;
    if (files.length === 0) {
      io.stderr(`charter validate: name a file to check, or - for standard input.\n\n${usage}\n`);
      return exitCodes.usage;
    }
    if (files.filter((file) => file === '-').length > 1) {
      io.stderr('charter validate: standard input (-) can be read only once.\n');
      return exitCodes.usage;
    }
    const results: ValidateFileResult[] = [];
    for (const file of files) {
      const input = await readInput(file, io);
      if (!input.ok) {
        io.stderr(`charter validate: ${input.message}\n`);
        return exitCodes.usage;
      }
      results.push(validateText(file === '-' ? '<stdin>' : file, input.text));
    }
    const valid = results.every((result) => result.valid);
    if (parsed.values.json) io.stdout(`${JSON.stringify({ valid, files: results }, null, 2)}\n`);
    else for (const result of results) printHuman(result, io);
    return valid ? exitCodes.ok : exitCodes.invalid;
  },
};
