// compiler/ is the pure core: the app and the CLI are front ends over it. It must never import React, React Flow,
// monaco or the app, and must type-check without the DOM's types.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const compiler = join(root, 'compiler');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

const forbidden = [
  /^react(-dom)?(\/|$)/,
  /^@xyflow\//,
  /^reactflow$/,
  /^monaco-editor/,
  /^@monaco-editor\//,
  /^zustand/,
  /^i18next/,
];

/** Every module a file imports or re-exports, statically or dynamically. */
function importsOf(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(
    /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g,
  )) {
    found.push((match[1] ?? match[2] ?? match[3])!);
  }
  return found;
}

describe('compiler/ stays pure', () => {
  it('sees the imports it checks', () => {
    expect(
      importsOf(
        `import React from 'react';\nimport type { Node } from "@xyflow/react";\nexport { x } from '../src/x.ts';\nawait import('monaco-editor');\nimport './side-effect.ts';`,
      ),
    ).toEqual(['react', '@xyflow/react', '../src/x.ts', 'monaco-editor', './side-effect.ts']);
  });

  it('imports no UI library and nothing under src/', () => {
    const offences: string[] = [];
    for (const file of sources(compiler)) {
      for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
        const intoSrc =
          specifier.startsWith('.') &&
          !relative(join(root, 'src'), resolve(file, '..', specifier)).startsWith('..');
        if (intoSrc || forbidden.some((pattern) => pattern.test(specifier)))
          offences.push(`${relative(root, file)} imports ${specifier}`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('type-checks without the DOM (compiler/tsconfig.json has no "dom" lib)', () => {
    const tsc = join(root, 'node_modules', '.bin', 'tsc');
    expect(() =>
      execFileSync(tsc, ['--noEmit', '-p', join(compiler, 'tsconfig.json')], { stdio: 'pipe' }),
    ).not.toThrow();
  });
});
