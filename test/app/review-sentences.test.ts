import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain } from '../../compiler/index.ts';

const templates = readdirSync('rules-schema/examples').filter((name) => name.endsWith('.charter.json'));

describe('explain, sentence by sentence', () => {
  for (const name of templates) {
    const document = JSON.parse(readFileSync(`rules-schema/examples/${name}`, 'utf8'));
    for (const language of ['en', 'ko'] as const) {
      it(`${name} (${language}): the sentences make up the paragraph and each names nodes of the document`, () => {
        const result = explain(document, language);
        if (!result.ok) throw new Error('template does not explain');
        const ids = new Set(document.nodes.map((node: { id: string }) => node.id));
        for (const paragraph of result.paragraphs) {
          expect(paragraph.sentences.map((sentence) => sentence.text).join(' ')).toBe(paragraph.text);
          for (const sentence of paragraph.sentences) {
            expect(sentence.nodes.length).toBeGreaterThan(0);
            for (const id of sentence.nodes) expect(ids.has(id)).toBe(true);
          }
        }
      });
    }
  }

  it('ties the token governor’s sentences to their steps', () => {
    const document = JSON.parse(readFileSync('rules-schema/examples/token-governor.charter.json', 'utf8'));
    const result = explain(document, 'en');
    if (!result.ok) throw new Error('template does not explain');
    const sentences = result.paragraphs[0]!.sentences;
    const vote = sentences.find((sentence) => sentence.text.includes('4%'))!;
    expect(vote.nodes).toContain('vote');
    expect(
      vote.nodes.some(
        (id) =>
          document.nodes.find((n: { id: string; kind: string }) => n.id === id)?.kind === 'token-holders',
      ),
    ).toBe(true);
    expect(sentences[0]!.nodes[0]).toBe(
      document.nodes.find((n: { kind: string }) => n.kind === 'proposal').id,
    );
    expect(sentences.some((sentence) => sentence.nodes.includes('delay'))).toBe(true);
  });
});
