// What compiler/index.ts exports runs in the browser: no module it reaches, statically or dynamically, is Node's
// own, Hardhat, EDR or solc. `charter verify` loads Hardhat from compiler/verify/, which the library never reaches.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const forbidden = [/^node:/, /^hardhat(\/|$)/, /^@nomicfoundation\//, /^solc(\/|$)/];

function importsOf(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(
    /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g,
  ))
    found.push((match[1] ?? match[2] ?? match[3])!);
  return found;
}

/** Every file reachable from `entry` through relative imports, and the packages those files import. */
function reach(entry: string): { files: string[]; packages: Map<string, string> } {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('.')) {
        if (!packages.has(specifier)) packages.set(specifier, relative(root, file));
        continue;
      }
      const target = resolve(dirname(file), specifier);
      if (existsSync(target)) visit(target);
    }
  };
  visit(entry);
  return { files: [...files], packages };
}

describe('the library (compiler/index.ts)', () => {
  const { files, packages } = reach(resolve(root, 'compiler/index.ts'));

  it('reaches deployCalldata and the committed contract artifacts, but not the on-chain runner', () => {
    const reached = files.map((file) => relative(root, file));
    expect(reached).toContain('compiler/targets/openzeppelin/deploy-calldata.ts');
    expect(reached).toContain('compiler/generated/openzeppelin-contracts.ts');
    expect(
      reached.filter((file) => file.startsWith('compiler/verify/') || file.startsWith('compiler/cli/')),
    ).toEqual([]);
  });

  it("imports neither Node's modules nor Hardhat, EDR or solc", () => {
    const offences = [...packages]
      .filter(([specifier]) => forbidden.some((pattern) => pattern.test(specifier)))
      .map(([specifier, file]) => `${file} imports ${specifier}`);
    expect(offences).toEqual([]);
  });
});
