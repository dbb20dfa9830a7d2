import { parseArgs } from 'node:util';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { loadDocument } from '../../document/load-document.ts';
import type { Language, NodeGroup } from '../../nodes/node-kind.ts';
import { type DocumentSummary, summarizeDocument } from '../../summary/summarize-document.ts';
import { isValid } from '../../validate/validate-document.ts';
import { type CliIO, exitCodes } from '../cli-io.ts';
import type { Command } from '../command.ts';
import { paint } from '../paint.ts';
import { printDiagnostics } from '../print-diagnostics.ts';
import { readInput } from '../read-input.ts';
import { langOption, readLanguage } from '../read-language.ts';

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

const usage = `Usage: charter validate FILE... [--json] [--lang en|ko]

Checks rule documents (*.charter.json) and prints what they hold and every problem found.
FILE may be - to read standard input.

Options:
  --json   print {"valid", "files": [{file, valid, errors, warnings, diagnostics, summary}]}
  --lang en|ko  the language of the summary and the problems (default en)
  -h, --help

Exit codes: 0 every file is valid (warnings allowed), 1 a file has errors, 2 usage or I/O error.`;

/** Checks one file's text; the result the CLI prints and the library would return (its summary in `language`). */
export function validateText(file: string, text: string, language: Language = 'en'): ValidateFileResult {
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
    result.summary = summarizeDocument(loaded.document, language, invalid);
  }
  return result;
}

/** `n` things: "1 error", "2 entries"; in Korean "오류 2개". */
function plural(n: number, word: { en: string; ko: string }, language: Language): string {
  if (language === 'ko') return `${word.ko} ${n}개`;
  if (n === 1) return `1 ${word.en}`;
  return `${n} ${word.en.endsWith('y') ? `${word.en.slice(0, -1)}ies` : `${word.en}s`}`;
}

const groupWords: Record<NodeGroup, { en: string; ko: string }> = {
  proposals: { en: 'entry', ko: '진입점' },
  routing: { en: 'routing step', ko: '분기 단계' },
  electorates: { en: 'electorate', ko: '투표자 집단' },
  convex: { en: 'yes/no decision', ko: '찬반 결정' },
  concave: { en: 'concave decision', ko: '배분 결정' },
  combinators: { en: 'combinator', ko: '결합' },
  outcomes: { en: 'outcome', ko: '결과' },
};

/** A value of the document as text: strings as they are, anything else as JSON. */
function shown(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

const words = {
  error: { en: 'error', ko: '오류' },
  warning: { en: 'warning', ko: '경고' },
  node: { en: 'node', ko: '노드' },
  edge: { en: 'edge', ko: '연결선' },
};

function printHuman(result: ValidateFileResult, io: CliIO, language: Language): void {
  const color = paint(io.isTTY);
  const ko = language === 'ko';
  const counts = [
    result.errors && plural(result.errors, words.error, language),
    result.warnings && plural(result.warnings, words.warning, language),
  ]
    .filter(Boolean)
    .join(', ');
  const head = result.valid
    ? color.green(`✓ ${result.file}: ${ko ? '유효함' : 'valid'}`)
    : color.red(`✗ ${result.file}: ${ko ? '유효하지 않음' : 'invalid'}`);
  io.stdout(`${head}${counts ? ` (${counts})` : ''}\n`);
  const summary = result.summary;
  if (summary) {
    const clock = ko
      ? summary.clockMode === 'timestamp'
        ? '타임스탬프 시계'
        : '블록 번호 시계'
      : summary.clockMode === 'timestamp'
        ? 'timestamp clock'
        : 'block-number clock';
    const chain =
      summary.chainId === undefined
        ? ''
        : ko
          ? ` · 체인 ${summary.chainId} · 블록 ${summary.blockTime}초 · ${clock}`
          : ` · chain ${summary.chainId} · ${summary.blockTime} s blocks · ${clock}`;
    const stage = summary.currentStage ? ` · ${ko ? '단계' : 'stage'} ${summary.currentStage}` : '';
    io.stdout(`  ${summary.name || (ko ? '(이름 없음)' : '(no name)')}${chain}${stage}\n`);
    if (summary.proposalTypes.length > 0)
      io.stdout(`  ${ko ? '제안 유형' : 'Proposal types'}: ${summary.proposalTypes.join(', ')}\n`);
    const groups = Object.entries(summary.groups)
      .map(([group, n]) => plural(n, groupWords[group as NodeGroup], language))
      .join(', ');
    io.stdout(
      `  ${plural(summary.nodeCount, words.node, language)}, ${plural(summary.edgeCount, words.edge, language)}${groups ? `: ${groups}` : ''}\n`,
    );
    // An invalid document still gets its summary, and its names and kinds may be anything JSON holds.
    const nodes = summary.nodes.map((node) => ({ ...node, name: shown(node.name), kind: shown(node.kind) }));
    const width = Math.min(28, Math.max(0, ...nodes.map((node) => node.name.length)));
    for (const node of nodes) {
      io.stdout(`    ${node.name.padEnd(width)}  ${color.dim(node.kind.padEnd(17))} ${node.summary}\n`);
    }
  }
  printDiagnostics(result.diagnostics, io, io.stdout, language);
}

/** `charter validate FILE... [--json] [--lang en|ko]`. */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'check rule documents and summarise them',
  usage,
  async run(args, io) {
    const options = { json: { type: 'boolean' }, ...langOption } as const;
    let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>;
    try {
      parsed = parseArgs({ args, options, allowPositionals: true });
    } catch (error) {
      io.stderr(`charter validate: ${(error as Error).message}\n\n${usage}\n`);
      return exitCodes.usage;
    }
    const language = readLanguage('validate', parsed.values.lang, io);
    if (!language) return exitCodes.usage;
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
      results.push(validateText(file === '-' ? '<stdin>' : file, input.text, language));
    }
    const valid = results.every((result) => result.valid);
    if (parsed.values.json) io.stdout(`${JSON.stringify({ valid, files: results }, null, 2)}\n`);
    else for (const result of results) printHuman(result, io, language);
    return valid ? exitCodes.ok : exitCodes.invalid;
  },
};
