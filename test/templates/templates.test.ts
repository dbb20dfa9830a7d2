import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../compiler/cli/main.ts';
import { loadDocument } from '../../compiler/document/load-document.ts';
import { fakeIO } from '../cli/fake-io.ts';

const folder = new URL('../../rules-schema/examples/', import.meta.url);
const names = readdirSync(folder)
  .filter((name) => name.endsWith('.charter.json'))
  .sort();
const texts = Object.fromEntries(
  names.map((name) => [`rules-schema/examples/${name}`, readFileSync(new URL(name, folder), 'utf8')]),
);

describe('the templates', () => {
  it('are the fourteen the product ships', () => {
    expect(names).toEqual([
      'aave-v3.charter.json',
      'aragon-dao.charter.json',
      'arbitrum-dao.charter.json',
      'bicameral-veto.charter.json',
      'compound-governor.charter.json',
      'conviction-fund.charter.json',
      'cooperative.charter.json',
      'ens-dao.charter.json',
      'grants-qf.charter.json',
      'passport-signal.charter.json',
      'staged-dao.charter.json',
      'team-treasury-safe.charter.json',
      'token-governor.charter.json',
      'uniswap.charter.json',
    ]);
  });

  it.each(Object.keys(texts))('%s loads with no problem at all, not even a warning', (path) => {
    const loaded = loadDocument(texts[path]!);
    expect(loaded.ok).toBe(true);
    expect(loaded.diagnostics).toEqual([]);
  });

  it('all validate from the CLI too', async () => {
    const io = fakeIO({ ...texts });
    expect(await main(['validate', '--json', ...Object.keys(texts)], io)).toBe(0);
    expect(JSON.parse(io.out).files.map((file: { valid: boolean }) => file.valid)).toEqual(
      names.map(() => true),
    );
  });

  it.each(Object.keys(texts))('%s says where its numbers come from', (path) => {
    const loaded = loadDocument(texts[path]!);
    expect(loaded.ok && loaded.document.description.length).toBeGreaterThan(80);
  });
});
