import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain } from '../../compiler/index.ts';
import { escapeMarkdown } from '../../src/panels/review/escape-markdown.ts';
import { summaryMarkdown } from '../../src/panels/review/summary-markdown.ts';

/** What a Markdown reader shows for escaped text: entities and backslash escapes undone. */
function shown(markdown: string): string {
  return markdown
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const words = {
  hash: 'Config hash',
  noHash: 'none',
  summary: 'Summary',
  warnings: 'Warnings',
  noWarnings: 'None.',
  problems: 'Fix the problems first.',
};

describe('Markdown escaping', () => {
  it('keeps markup as text', () => {
    const label = '<img src=x onerror=window.__pwned=1><script>window.__pwned=1</script>';
    expect(escapeMarkdown(label)).toBe(
      '&lt;img src=x onerror=window.\\_\\_pwned=1&gt;&lt;script&gt;window.\\_\\_pwned=1&lt;/script&gt;',
    );
    expect(escapeMarkdown('**bold** [link](javascript:alert(1)) `code` # no heading')).toBe(
      '\\*\\*bold\\*\\* \\[link\\]\\(javascript:alert\\(1\\)\\) \\`code\\` \\# no heading',
    );
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('&amp; stays &amp;')).toBe('&amp;amp; stays &amp;amp;');
    expect(escapeMarkdown('two\nlines\r\n# here')).toBe('two lines \\# here');
  });

  it('shows any single-line text exactly, with no raw <, > or unescaped syntax left', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }).filter((s) => !/[\r\n]/.test(s)),
        (text) => {
          const escaped = escapeMarkdown(text);
          expect(shown(escaped)).toBe(text);
          expect(escaped).not.toMatch(/[<>]/);
          expect(escaped).not.toMatch(/(^|[^\\])[*_`[\]()#|~!]/);
        },
      ),
    );
  });

  it('writes the title, hash, summary and warnings, every document text escaped', () => {
    const document = JSON.parse(readFileSync('rules-schema/examples/token-governor.charter.json', 'utf8'));
    document.name = 'Gov <b>x</b>';
    document.nodes.find((node: { id: string }) => node.id === 'vote').label = '<script>alert(1)</script>';
    const markdown = summaryMarkdown({
      name: document.name,
      description: '',
      hash: '0xabc',
      summary: explain(document, 'en'),
      warnings: [{ code: 'quorum-zero', severity: 'warning', message: 'Beware of *this*' } as never],
      language: 'en',
      words,
    });
    expect(markdown).toMatch(/^# Gov &lt;b&gt;x&lt;\/b&gt;\n\nConfig hash: `0xabc`\n\n## Summary\n\n/);
    expect(markdown).toContain('It goes to &lt;script&gt;alert\\(1\\)&lt;/script&gt;.');
    expect(markdown).toContain('## Warnings\n\n- Beware of \\*this\\*\n');
    expect(markdown).not.toContain('<');
  });
});
