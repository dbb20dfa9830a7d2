import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CharterDocument, canonicalJson, forbiddenKeys } from '../../compiler/index.ts';
import {
  decodeShareLink,
  encodeShareLink,
  maxShareLinkLength,
  shareLinkPrefix,
} from '../../src/panels/review/share-link-codec.ts';

const templates: CharterDocument[] = readdirSync('rules-schema/examples')
  .filter((name) => name.endsWith('.charter.json'))
  .map((name) => JSON.parse(readFileSync(`rules-schema/examples/${name}`, 'utf8')));

const text = fc.string({ unit: 'grapheme', maxLength: 60 });
const json = fc
  .jsonValue({ maxDepth: 4 })
  .filter((value) => !JSON.stringify(value).match(/"(__proto__|constructor|prototype)"/));

/** Documents of the shape a link must carry: a template with arbitrary text, or arbitrary nodes, edges and params. */
const documents: fc.Arbitrary<CharterDocument> = fc.oneof(
  fc
    .record({ template: fc.constantFrom(...templates), name: text, label: text, description: text })
    .map(({ template, name, label, description }) => {
      const document = structuredClone(template);
      document.name = name;
      document.description = description;
      if (document.nodes[0]) document.nodes[0].label = label;
      return document;
    }),
  fc
    .record({
      name: text,
      nodes: fc.array(fc.record({ id: text, kind: text, params: fc.dictionary(fc.string(), json) }), {
        maxLength: 8,
      }),
      edges: fc.array(
        fc.record({
          id: text,
          from: fc.record({ node: text, port: text }),
          to: fc.record({ node: text, port: text }),
        }),
        {
          maxLength: 8,
        },
      ),
    })
    .filter((document) => !canonicalJson(document).match(/"(__proto__|constructor|prototype)"/))
    .map((document) => document as unknown as CharterDocument),
);

const normal = (document: CharterDocument) => JSON.parse(canonicalJson(document));

function fragmentOf(document: CharterDocument): string {
  const encoded = encodeShareLink(document);
  if (!encoded.ok) throw new Error('too long for a link');
  return encoded.fragment;
}

describe('share link codec', () => {
  it('carries every template whole, behind a version and a checksum', () => {
    for (const template of templates) {
      const fragment = fragmentOf(template);
      expect(fragment).toMatch(/^#share=1\.[0-9a-f]{8}\.[A-Za-z0-9+\-$]+$/);
      expect(decodeShareLink(fragment)).toEqual({ ok: true, document: normal(template) });
      expect(decodeShareLink(`http://example.org/app/${fragment}`)).toEqual({
        ok: true,
        document: normal(template),
      });
    }
  });

  it('round-trips any document', () => {
    fc.assert(
      fc.property(documents, (document) => {
        expect(decodeShareLink(fragmentOf(document))).toEqual({ ok: true, document: normal(document) });
      }),
    );
  });

  it('refuses any cut, changed, inserted or deleted character, never giving a different document', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$.';
    fc.assert(
      fc.property(
        documents,
        fc.nat(),
        fc.nat({ max: alphabet.length - 1 }),
        fc.constantFrom('flip', 'insert', 'delete', 'truncate'),
        (document, at, pick, how) => {
          const fragment = fragmentOf(document);
          const i = shareLinkPrefix.length + (at % (fragment.length - shareLinkPrefix.length));
          const character = alphabet[pick]!;
          const corrupted =
            how === 'flip'
              ? fragment.slice(0, i) +
                (fragment[i] === character ? alphabet[(pick + 1) % alphabet.length] : character) +
                fragment.slice(i + 1)
              : how === 'insert'
                ? fragment.slice(0, i) + character + fragment.slice(i)
                : how === 'delete'
                  ? fragment.slice(0, i) + fragment.slice(i + 1)
                  : fragment.slice(0, i);
          const decoded = decodeShareLink(corrupted);
          // lz-string's last character carries padding bits; changing only those still gives the very same text.
          if (decoded.ok) expect(decoded.document).toEqual(normal(document));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuses a cut link and a changed character with the reason', () => {
    const fragment = fragmentOf(templates[0]!);
    expect(decodeShareLink(fragment.slice(0, Math.floor(fragment.length / 2)))).toMatchObject({ ok: false });
    const middle = Math.floor(fragment.length / 2);
    const flipped =
      fragment.slice(0, middle) + (fragment[middle] === 'A' ? 'B' : 'A') + fragment.slice(middle + 1);
    const refused = decodeShareLink(flipped);
    expect(refused.ok).toBe(false);
    expect(decodeShareLink(fragment.replace('#share=1.', '#share=2.'))).toEqual({
      ok: false,
      problem: 'version',
    });
    expect(decodeShareLink('#share=')).toEqual({ ok: false, problem: 'malformed' });
    expect(decodeShareLink('#other')).toEqual({ ok: false, problem: 'not-a-link' });
    expect(decodeShareLink(`#share=1.00000000.${'A'.repeat(maxShareLinkLength)}`)).toEqual({
      ok: false,
      problem: 'too-long',
    });
  });

  it('checks the loaded text with the strict loader: a checksummed link of a non-document is still refused', async () => {
    const { default: LZString } = await import('lz-string');
    const { keccak256, stringToBytes } = await import('viem');
    const link = (json: string) =>
      `#share=1.${keccak256(stringToBytes(json)).slice(2, 10)}.${LZString.compressToEncodedURIComponent(json)}`;
    expect(decodeShareLink(link('{"name":"x"}'))).toMatchObject({
      ok: false,
      problem: 'not-a-document',
      detail: { message: 'The document has no "nodes" list.' },
    });
    expect(decodeShareLink(link(`${'['.repeat(100)}${']'.repeat(100)}`))).toMatchObject({
      ok: false,
      problem: 'not-a-document',
    });
    const key = [...forbiddenKeys][0]!;
    expect(decodeShareLink(link(`{"nodes":[],"edges":[],"${key}":{}}`))).toMatchObject({
      ok: false,
      problem: 'not-a-document',
    });
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `#share=${s}`),
          fc.stringMatching(/^#share=1\.[0-9a-f]{8}\.[A-Za-z0-9+\-$]{0,200}$/),
        ),
        (input) => {
          const decoded = decodeShareLink(input);
          expect(typeof decoded.ok).toBe('boolean');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('refuses to write a link longer than the limit', () => {
    const big = structuredClone(templates[0]!);
    big.description = Array.from({ length: 40_000 }, (_, i) =>
      String.fromCharCode(0x4e00 + ((i * 7919) % 20000)),
    ).join('');
    const encoded = encodeShareLink(big);
    expect(encoded.ok).toBe(false);
    if (!encoded.ok) expect(encoded.length).toBeGreaterThan(maxShareLinkLength);
  });
});
