// DESIGN.md, "Node kinds": what a kind means lives in its folder under compiler/nodes/; nothing outside it tests a
// node's kind by name. This fails on every `kind === 'majority-vote'`, `kind !== …`, `case 'veto':` in a switch on a
// kind, and `['all-of', 'any-of'].includes(kind)` (or a Set's `.has`, or a named list of kind names) in compiler/ or
// src/ outside compiler/nodes/, and prints each one as file:line. The names come from the catalogue, so a new kind is
// covered without editing this file. Config electorate kinds ('token', 'weighted', …) are not node kinds; the two
// that share a node kind's name ('members', 'signers') are let through only when compared with an electorate of the
// config (an expression that says `electorate`).

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeKinds } from '../../compiler/nodes/catalogue.ts';
import configSchema from '../../rules-schema/config.schema.json' with { type: 'json' };

const root = resolve(import.meta.dirname, '../..');
const kindNames: ReadonlySet<string> = new Set(nodeKinds.map((definition) => definition.kind));

/** The `kind`s a config electorate may have, from the published config schema. */
function configElectorateKinds(): Set<string> {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const kind = (record.properties as Record<string, { enum?: unknown[] }> | undefined)?.kind;
    if (kind?.enum?.includes('weighted')) for (const name of kind.enum) found.add(String(name));
    for (const child of Object.values(record)) walk(child);
  };
  walk(configSchema);
  return found;
}
const electorateKinds = configElectorateKinds();

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.d\.ts$/.test(entry.name) ? [path] : [];
  });
}

/**
 * The text with comments blanked out (newlines kept, so offsets still give line numbers) and string literals kept:
 * a kind name in a comment is not code, and one in a string is what this test looks for.
 */
function withoutComments(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      while (i < text.length && text[i] !== '\n') {
        out += ' ';
        i++;
      }
    } else if (c === '/' && next === '*') {
      while (i < text.length && !(text[i] === '*' && text[i + 1] === '/')) {
        out += text[i] === '\n' ? '\n' : ' ';
        i++;
      }
      out += '  ';
      i += 2;
    } else if (c === "'" || c === '"' || c === '`') {
      out += c;
      i++;
      while (i < text.length && text[i] !== c) {
        if (text[i] === '\\') {
          out += text[i]!;
          i++;
        }
        out += text[i] ?? '';
        i++;
      }
      out += text[i] ?? '';
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

const quoted = /(['"`])([A-Za-z0-9_.-]+)\1/g;
/** An expression that ends in an identifier named `kind` or `…Kind`: `node.kind`, `kind`, `view.node(id).kind`. */
const isKindExpression = (expression: string) => /(^|[^\w$])\w*[kK]ind$/.test(expression.trim());
/** A call's argument, or a switch's subject: anything up to the closing parenthesis, one level of calls inside. */
const argument = String.raw`([^()]*(?:\([^()]*\)[^()]*)*)`;

/** One test of a node kind by name: the line and what it compares. */
interface Offence {
  line: number;
  text: string;
}

/** Every place `text` (one source file) tests a node kind by name, in line order. */
function kindComparisons(text: string): Offence[] {
  const code = withoutComments(text);
  const found: Offence[] = [];
  const lineAt = (index: number) => code.slice(0, index).split('\n').length;
  const report = (index: number, name: string, expression: string, what: string) => {
    if (!kindNames.has(name) || !isKindExpression(expression)) return;
    if (electorateKinds.has(name) && /electorate/i.test(expression)) return;
    found.push({ line: lineAt(index), text: what });
  };
  /** The expression that ends just before `end` (or starts at `start`): names, dots, calls and indexes. */
  const before = (end: number) => {
    let start = end;
    for (let depth = 0; start > 0; start--) {
      const c = code[start - 1]!;
      if (c === ')' || c === ']') depth++;
      else if (c === '(' || c === '[') {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && !/[\w$.?!]/.test(c)) break;
    }
    return code.slice(start, end);
  };
  const after = (start: number) => {
    let end = start;
    for (let depth = 0; end < code.length; end++) {
      const c = code[end]!;
      if (c === '(' || c === '[') depth++;
      else if (c === ')' || c === ']') {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && !/[\w$.?!]/.test(c)) break;
    }
    return code.slice(start, end);
  };
  for (const match of code.matchAll(/\b(\w*[kK]ind)\s*([!=]==?)\s*(['"`])([A-Za-z0-9_.-]+)\3/g)) {
    const expression = before(match.index + match[1]!.length);
    report(match.index, match[4]!, expression, `${expression} ${match[2]} '${match[4]}'`);
  }
  for (const match of code.matchAll(/(['"`])([A-Za-z0-9_.-]+)\1\s*([!=]==?)\s*/g)) {
    const expression = after(match.index + match[0].length);
    report(match.index, match[2]!, expression, `'${match[2]}' ${match[3]} ${expression}`);
  }
  // A switch on a kind: every `case '…':` in its block.
  for (const match of code.matchAll(new RegExp(String.raw`\bswitch\s*\(${argument}\)\s*\{`, 'g'))) {
    if (!isKindExpression(match[1]!)) continue;
    let depth = 0;
    let end = match.index + match[0].length - 1;
    for (; end < code.length; end++) {
      if (code[end] === '{') depth++;
      else if (code[end] === '}' && --depth === 0) break;
    }
    const block = code.slice(match.index, end);
    for (const each of block.matchAll(/\bcase\s+(['"`])([A-Za-z0-9_.-]+)\1\s*:/g))
      report(match.index + each.index, each[2]!, match[1]!, `switch (${match[1]!.trim()}) case '${each[2]}'`);
  }
  // A literal list of names searched for a kind: ['all-of', 'any-of'].includes(kind), new Set([...]).has(node.kind).
  const listed = (list: string) => [...list.matchAll(quoted)].map((each) => each[2]!);
  const search = String.raw`\.(includes|has)\(${argument}\)`;
  for (const match of code.matchAll(new RegExp(String.raw`\[([^\[\]]*)\]\s*\)?\s*${search}`, 'g')))
    for (const name of listed(match[1]!))
      report(match.index, name, match[3]!, `[…].${match[2]}(${match[3]!.trim()}) with '${name}'`);
  // The same through a named list: const joins = ['all-of', 'any-of']; … joins.includes(kind).
  for (const match of code.matchAll(
    /\b(?:const|let)\s+(\w+)\s*(?::[^=;]+)?=\s*(?:new Set\(\s*)?\[([^[\]]*)\]/g,
  )) {
    const names = listed(match[2]!).filter((name) => kindNames.has(name));
    if (names.length === 0) continue;
    for (const use of code.matchAll(new RegExp(String.raw`\b${match[1]}\s*${search}`, 'g')))
      for (const name of names)
        report(use.index, name, use[2]!, `${match[1]}.${use[1]}(${use[2]!.trim()}) with '${name}'`);
  }
  return found.sort((a, b) => a.line - b.line);
}

describe('node kinds stay in compiler/nodes/', () => {
  it('sees every way of testing a kind by name, and nothing else', () => {
    const sample = [
      "if (node.kind === 'majority-vote') x();", // 1
      "if ('veto' !== view.node(id).kind) x();", // 2
      'switch (step.kind) {', // 3
      "  case 'all-of':", // 4
      "  case 'token':", // 5: not a node kind
      '}',
      "if (['all-of', 'any-of'].includes(kind)) x();", // 7
      "const outcomes = new Set(['execute', 'signal']);", // 8
      'if (outcomes.has(node.kind)) x();', // 9
      "// node.kind === 'veto' in a comment", // 10
      "if (electorate.kind === 'signers') x(); if (electorate.kind === 'weighted') y();", // 11: config electorates
      "const word = 'proposal'; if (mode === 'signal') x();", // 12: not a kind
      "if (nodeKind == 'stage') x();", // 13
    ].join('\n');
    expect(kindComparisons(sample).map((offence) => `${offence.line}: ${offence.text}`)).toEqual([
      "1: node.kind === 'majority-vote'",
      "2: 'veto' !== view.node(id).kind",
      "4: switch (step.kind) case 'all-of'",
      "7: […].includes(kind) with 'all-of'",
      "7: […].includes(kind) with 'any-of'",
      "9: outcomes.has(node.kind) with 'execute'",
      "9: outcomes.has(node.kind) with 'signal'",
      "13: nodeKind == 'stage'",
    ]);
  });

  it('has no kind === …, switch on kind or list of kind names outside compiler/nodes/', () => {
    const files = [...sources(join(root, 'compiler')), ...sources(join(root, 'src'))].filter(
      (path) =>
        !relative(root, path).startsWith(join('compiler', 'nodes')) &&
        !relative(root, path).startsWith(join('compiler', 'generated')),
    );
    expect(files.length).toBeGreaterThan(50);
    const offences = files.flatMap((path) =>
      kindComparisons(readFileSync(path, 'utf8')).map(
        (offence) => `${relative(root, path)}:${offence.line}: ${offence.text}`,
      ),
    );
    expect(
      offences,
      `${offences.length} tests of a node kind by name outside compiler/nodes/ (move the behaviour into the kind):\n${offences.join('\n')}\n`,
    ).toEqual([]);
  });
});
