import fc from 'fast-check';
import { type Node, parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../compiler/document/canonical-json.ts';
import { loadDocument, maxDocumentBytes } from '../../compiler/document/load-document.ts';
import { parseDocument } from '../../compiler/document/parse-document.ts';
import { fixture, fixtureText } from '../fixtures/fixtures.ts';

const messageOf = (text: string) => {
  const loaded = loadDocument(text);
  expect(loaded.ok).toBe(false);
  return loaded.diagnostics.map((diagnostic) => diagnostic.message);
};

describe('loadDocument', () => {
  it('loads the whole document when the text is a document', () => {
    const loaded = loadDocument(fixtureText('minimal'));
    expect(loaded).toEqual({ ok: true, document: fixture('minimal'), diagnostics: [] });
  });

  it('says where the JSON breaks, by line and column', () => {
    expect(messageOf('{\n  "name": "x",\n  "nodes": [}\n')).toEqual([
      'The text is not valid JSON at line 3, column 13: expected a value.',
    ]);
    expect(messageOf('{"name": "x",}')).toEqual([
      'The text is not valid JSON at line 1, column 14: expected a property name in double quotes.',
    ]);
    expect(messageOf('{"name": "x" // note\n}')).toEqual([
      'The text is not valid JSON at line 1, column 14: comments are not allowed in JSON.',
    ]);
    expect(messageOf('{"name": "x"} {}')).toEqual([
      'The text is not valid JSON at line 1, column 15: more text follows the end of the document.',
    ]);
  });

  it('rejects an empty file in words', () => {
    expect(messageOf('  \n')).toEqual(['The text is empty: a rule document is a JSON object.']);
  });

  it('rejects text over 5 MB without parsing it', () => {
    expect(messageOf(`"${'x'.repeat(maxDocumentBytes)}"`)).toEqual([
      'The document is 5.0 MB; Charter reads documents of up to 5 MB.',
    ]);
  });

  it('counts bytes, not characters: 2 million Korean characters are 6 MB', () => {
    expect(messageOf(`"${'가'.repeat(2_000_000)}"`)).toEqual([
      'The document is 5.7 MB; Charter reads documents of up to 5 MB.',
    ]);
  });

  it('accepts nesting of exactly 64 levels and rejects 65', () => {
    const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect(loadDocument(nested(64)).diagnostics[0]?.code).toBe('not-a-document');
    expect(messageOf(nested(65))).toEqual([
      'The JSON is nested more than 64 levels deep at line 1, column 65; a rule document never needs that.',
    ]);
  });

  it('ignores brackets inside strings when measuring depth', () => {
    const doc = fixture('minimal');
    doc.description = '['.repeat(100);
    expect(loadDocument(JSON.stringify(doc)).ok).toBe(true);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('rejects a %s key and names where it is', (key) => {
    const text = fixtureText('minimal').replace(
      '"delay": 172800',
      `"delay": 172800, "${key}": {"isAdmin": true}`,
    );
    expect(messageOf(text)).toEqual([
      `The key "nodes[3].params.${key}" is not allowed: __proto__, constructor and prototype could tamper with the program reading the document.`,
    ]);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('refuses JSON that is not shaped like a document rather than loading part of it', () => {
    expect(messageOf('{"nodes": [], "edges": [42]}')).toEqual(['The 1st edge is not an object.']);
    expect(messageOf('{"nodes": [{"kind": "reject"}], "edges": []}')).toEqual([
      'The 1st node has no text "id".',
    ]);
    expect(messageOf('"hello"')).toEqual([
      'The file holds a string, not a rule document (a JSON object with "nodes" and "edges").',
    ]);
  });

  it('refuses a key written twice in one object, saying where', () => {
    expect(messageOf('{\n  "name": "a",\n  "name": "b"\n}')).toEqual([
      'The key "name" appears twice in the same object at line 3, column 3; some programs would read the first value and others the last, so remove one.',
    ]);
    expect(loadDocument('{"nodes": [{"id": "a"}, {"id": "b"}], "edges": []}').ok).toBe(true);
  });

  it('finds a repeated key exactly when an object repeats one, whatever the strings hold', () => {
    // Names and values full of what could fool a scanner: quotes, backslashes, colons, braces, whitespace.
    const word = fc.string({
      unit: fc.constantFrom('a', '"', '\\', ':', '{', '}', ' ', '\n', ','),
      maxLength: 4,
    });
    const entries = fc.array(fc.tuple(word, fc.oneof(word, fc.constant(null))), { maxLength: 6 });
    fc.assert(
      fc.property(entries, entries, (outer, inner) => {
        const body = (pairs: [string, string | null][]) =>
          pairs.map(([key, value]) => `${JSON.stringify(key)} :\t${JSON.stringify(value)}`).join(' ,\n');
        const text = `{"nodes": [], "edges": [], "inner": {${body(inner)}}${outer.length > 0 ? ', ' : ''}${body(outer)}}`;
        const keys = (pairs: [string, string | null][]) => pairs.map(([key]) => key);
        const outerKeys = ['nodes', 'edges', 'inner', ...keys(outer)];
        const repeats = (list: string[]) => new Set(list).size < list.length;
        const loaded = loadDocument(text);
        const refused = !loaded.ok && loaded.diagnostics[0]?.code === 'duplicate-key';
        const forbidden = [...keys(inner), ...keys(outer)].some((key) =>
          ['__proto__', 'constructor', 'prototype'].includes(key),
        );
        if (!forbidden) expect(refused).toBe(repeats(outerKeys) || repeats(keys(inner)));
      }),
      { numRuns: 1000, seed: 7 },
    );
  });

  it('skips a byte-order mark', () => {
    expect(loadDocument(`\uFEFF${fixtureText('minimal')}`).ok).toBe(true);
  });
});

describe('parseDocument', () => {
  it('opens a document that breaks the rules, which loadDocument reports, without checking it', () => {
    const doc = fixture('minimal');
    doc.nodes.push({ id: 'stray', kind: 'no-such-kind', position: { x: 0, y: 0 }, params: {} } as never);
    const text = JSON.stringify(doc);
    const loaded = loadDocument(text);
    expect(loaded.ok && loaded.diagnostics.some((diagnostic) => diagnostic.severity === 'error')).toBe(true);
    expect(parseDocument(text)).toEqual({ ok: true, document: doc });
  });

  it('refuses what loadDocument refuses, with the same words', () => {
    const texts = [
      '{\n  "name": "x",\n  "nodes": [}\n',
      '  \n',
      `${'['.repeat(65)}${']'.repeat(65)}`,
      '{"nodes": [], "edges": [42]}',
      '{\n  "name": "a",\n  "name": "b"\n}',
      fixtureText('minimal').replace('"delay": 172800', '"delay": 172800, "__proto__": {}'),
    ];
    for (const text of texts) {
      const parsed = parseDocument(text);
      expect(parsed.ok).toBe(false);
      expect(parsed).toEqual(loadDocument(text));
    }
  });
});

describe('canonicalJson', () => {
  it('orders keys at every depth, so key order in the file never changes the bytes', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}',
    );
  });

  it('pretty-prints with a final newline when asked', () => {
    expect(canonicalJson({ b: 1, a: 2 }, 2)).toBe('{\n  "a": 2,\n  "b": 1\n}\n');
  });

  it('round-trips a document: load(canonical(doc)) is the same document', () => {
    const doc = fixture('minimal');
    const loaded = loadDocument(canonicalJson(doc, 2));
    expect(loaded.ok && loaded.document).toEqual(doc);
    expect(canonicalJson(doc, 2)).toBe(canonicalJson(JSON.parse(canonicalJson(doc, 2)), 2));
  });
});

describe('canonicalJson on any JSON value', () => {
  /** Whether every object in the text lists its keys in code-point order, read in text order with jsonc-parser. */
  function sortedInText(text: string): boolean {
    const check = (node: Node | undefined): boolean => {
      if (!node?.children) return true;
      if (node.type === 'object') {
        const keys = node.children.map((property) => property.children![0]!.value as string);
        if (keys.some((key, i) => i > 0 && keys[i - 1]! >= key)) return false;
      }
      return node.children.every(check);
    };
    return check(parseTree(text));
  }

  it('keeps the value, sorts every key in the text, and is the same compact or pretty', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const compact = canonicalJson(value);
        const pretty = canonicalJson(value, 2);
        const asJson = JSON.parse(JSON.stringify(value)); // as JSON holds it: -0 is written 0, as RFC 8785 does
        expect(JSON.parse(compact)).toEqual(asJson);
        expect(JSON.parse(pretty)).toEqual(asJson);
        expect(sortedInText(compact) && sortedInText(pretty)).toBe(true);
        expect(canonicalJson(JSON.parse(pretty))).toBe(compact);
      }),
      { numRuns: 2000, seed: 5 },
    );
  });

  it('orders integer-like keys as text, where JavaScript objects would put them first', () => {
    expect(canonicalJson({ '0': [], '': null, b: 1, '10': 2 })).toBe('{"":null,"0":[],"10":2,"b":1}');
    expect(canonicalJson({ '0': [], '': null }, 2)).toBe('{\n  "": null,\n  "0": []\n}\n');
  });

  it('prints empty lists and objects as JSON.stringify does', () => {
    expect(canonicalJson({ a: [], b: {} }, 2)).toBe(`${JSON.stringify({ a: [], b: {} }, null, 2)}\n`);
  });
});
