import { describe, expect, it } from 'vitest';
import { main } from '../../compiler/cli/main.ts';
import { compile } from '../../compiler/compile/compile.ts';
import { canonicalJson } from '../../compiler/document/canonical-json.ts';
import { fixture, fixtureText } from '../fixtures/fixtures.ts';
import { fakeIO } from './fake-io.ts';

describe('charter compile', () => {
  it('prints exactly the config the library returns, canonical and pretty', async () => {
    const io = fakeIO({ 'gov.json': fixtureText('minimal') });
    expect(await main(['compile', 'gov.json'], io)).toBe(0);
    const library = compile(fixture('minimal'));
    expect(library.ok && io.out).toBe(library.ok && canonicalJson(library.config, 2));
  });

  it('writes to --out instead of standard output', async () => {
    const files: Record<string, string> = { 'gov.json': fixtureText('minimal') };
    const io = fakeIO(files);
    expect(await main(['compile', 'gov.json', '--out', 'gov.config.json'], io)).toBe(0);
    expect(io.out).toBe('');
    expect(JSON.parse(files['gov.config.json']!).hash).toMatch(/^0x[0-9a-f]{64}$/);
  });

  it('exits 1 on a document with errors and names them', async () => {
    const doc = fixture('minimal') as any;
    doc.nodes[2].params.votingPeriod = 0;
    const io = fakeIO({ 'gov.json': JSON.stringify(doc) });
    expect(await main(['compile', 'gov.json'], io)).toBe(1);
    expect(io.err).toContain('✗ gov.json does not compile:');
    expect(io.err).toContain('Token vote: Voting period must be at least 1 second (it is 0).');
  });

  it('exits 2 for an unknown target', async () => {
    const io = fakeIO({ 'gov.json': fixtureText('minimal') });
    expect(await main(['compile', 'gov.json', '--target', 'hyperledger'], io)).toBe(2);
    expect(io.err).toContain('charter compile: unknown target "hyperledger"');
  });
});
