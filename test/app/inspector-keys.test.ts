import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { ko } from '../../src/i18n/ko.ts';

const root = new URL('../../src/inspector/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [readFileSync(join(dir, entry.name), 'utf8')]
        : [],
  );
}

/** Whether a key resolves in a language's messages, plurals counted (`addresses` → `addresses_one`). */
function has(messages: unknown, key: string): boolean {
  const parts = key.split('.');
  const last = parts.pop()!;
  let at = messages as Record<string, unknown> | undefined;
  for (const part of parts) at = at?.[part] as Record<string, unknown> | undefined;
  return typeof at?.[last] === 'string' || typeof at?.[`${last}_other`] === 'string';
}

describe('inspector messages', () => {
  it('every key the inspector names exists in English and Korean', () => {
    const keys = new Set<string>();
    for (const text of sources(root))
      for (const match of text.matchAll(/'(inspector\.[A-Za-z.]+)'/g)) keys.add(match[1]!);
    // Unit names are looked up by template: `inspector.units.${unit}`.
    for (const unit of ['seconds', 'minutes', 'hours', 'days', 'weeks']) keys.add(`inspector.units.${unit}`);
    expect(keys.size).toBeGreaterThan(30);
    expect([...keys].filter((key) => !has(en, key))).toEqual([]);
    expect([...keys].filter((key) => !has(ko, key))).toEqual([]);
  });
});
