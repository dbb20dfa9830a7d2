import {
  type Diagnostic,
  diagnosticText,
  type ExplainResult,
  type Language,
} from '../../../compiler/index.ts';
import { escapeMarkdown } from './escape-markdown.ts';

/** What {@link summaryMarkdown} writes, with its headings already in the interface language. */
export interface SummaryMarkdownParameters {
  name: string;
  description: string;
  /** The config's keccak256, `0x…`, or undefined when the document does not compile. */
  hash: string | undefined;
  summary: ExplainResult;
  warnings: readonly Diagnostic[];
  /** The language of the problems and warnings, the same as the summary's and the headings'. */
  language: Language;
  words: {
    hash: string;
    noHash: string;
    summary: string;
    warnings: string;
    noWarnings: string;
    problems: string;
  };
}

/**
 * The review as a Markdown file: the rules' name as the title, the description, the config hash, the summary's
 * paragraphs and the warnings. Every piece of the document's own text is escaped, so a label carrying HTML or
 * Markdown shows literally wherever the file is rendered.
 */
export function summaryMarkdown(parameters: SummaryMarkdownParameters): string {
  const { words, summary } = parameters;
  const lines = [`# ${escapeMarkdown(parameters.name.trim() || '—')}`, ''];
  if (parameters.description.trim()) lines.push(escapeMarkdown(parameters.description), '');
  lines.push(
    `${words.hash}: ${parameters.hash ? `\`${parameters.hash}\`` : escapeMarkdown(words.noHash)}`,
    '',
  );
  lines.push(`## ${words.summary}`, '');
  if (summary.ok) for (const paragraph of summary.paragraphs) lines.push(escapeMarkdown(paragraph.text), '');
  else {
    lines.push(escapeMarkdown(words.problems), '');
    for (const diagnostic of summary.diagnostics)
      lines.push(`- ${escapeMarkdown(diagnosticText(diagnostic, parameters.language))}`);
    lines.push('');
  }
  lines.push(`## ${words.warnings}`, '');
  if (parameters.warnings.length === 0) lines.push(escapeMarkdown(words.noWarnings));
  for (const warning of parameters.warnings)
    lines.push(`- ${escapeMarkdown(diagnosticText(warning, parameters.language))}`);
  return `${lines.join('\n')}\n`;
}
