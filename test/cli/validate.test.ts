import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../../compiler/cli/main.ts';
import { loadDocument } from '../../compiler/document/load-document.ts';
import { fixture, fixtureText } from '../fixtures/fixtures.ts';
import { fakeIO } from './fake-io.ts';

const root = resolve(import.meta.dirname, '../..');
const valid = fixtureText('minimal');
const broken = (() => {
  const doc = fixture('minimal') as any;
  doc.nodes[2].params.quorom = { percent: '4' };
  return JSON.stringify(doc);
})();

describe('charter validate', () => {
  it('prints the same diagnostics as the library, and exits 1 for an invalid file', async () => {
    const io = fakeIO({ 'broken.json': broken });
    expect(await main(['validate', '--json', 'broken.json'], io)).toBe(1);
    const printed = JSON.parse(io.out);
    expect(printed.valid).toBe(false);
    expect(printed.files[0].diagnostics).toEqual(loadDocument(broken).diagnostics);
    expect(printed.files[0]).toMatchObject({ file: 'broken.json', valid: false, errors: 1, warnings: 0 });
  });

  it('summarises a valid file in words and exits 0', async () => {
    const io = fakeIO({ 'ok.json': valid });
    expect(await main(['validate', 'ok.json'], io)).toBe(0);
    expect(io.out).toContain('✓ ok.json: valid\n');
    expect(io.out).toContain('  Minimal governor · chain 1 · 12 s blocks · block-number clock\n');
    expect(io.out).toContain('6 nodes, 5 edges: 1 entry, 1 electorate, 1 yes/no decision, 3 outcomes');
    expect(io.out).toMatch(/Token vote\s+majority-vote\s+4% quorum · 7 days\n/);
  });

  it('names the problem, the node and the field for a person to read', async () => {
    const io = fakeIO({ 'broken.json': broken });
    await main(['validate', 'broken.json'], io);
    expect(io.out).toContain(
      '  error   unknown-field (node vote, field params.quorom)\n           Token vote: "quorom" is not a field Charter knows. Did you mean "quorum"?\n',
    );
  });

  it('says a duration is a number of seconds when it is written in words', async () => {
    const doc = fixture('minimal') as any;
    doc.nodes[2].params.votingPeriod = '7 days';
    const io = fakeIO({ 'gov.json': JSON.stringify(doc) });
    expect(await main(['validate', 'gov.json'], io)).toBe(1);
    expect(io.out).toContain(
      'Token vote: Voting period must be a whole number of seconds, such as 604800 for 7 days (it is "7 days").',
    );
  });

  it('reads standard input once only', async () => {
    const io = fakeIO({}, valid);
    expect(await main(['validate', '-', '-'], io)).toBe(2);
    expect(io.err).toBe('charter validate: standard input (-) can be read only once.\n');
  });

  it('reads standard input for -', async () => {
    const io = fakeIO({}, valid);
    expect(await main(['validate', '--json', '-'], io)).toBe(0);
    expect(JSON.parse(io.out).files[0].file).toBe('<stdin>');
  });

  it('exits 1 for text that is not JSON, with where it breaks', async () => {
    const io = fakeIO({ 'bad.json': '{"nodes": [' });
    expect(await main(['validate', 'bad.json'], io)).toBe(1);
    expect(io.out).toContain('The text is not valid JSON at line 1, column 12: expected a closing ].');
  });

  it('exits 1 when any of several files is invalid', async () => {
    const io = fakeIO({ 'ok.json': valid, 'broken.json': broken });
    expect(await main(['validate', '--json', 'ok.json', 'broken.json'], io)).toBe(1);
    expect(JSON.parse(io.out).files.map((file: { valid: boolean }) => file.valid)).toEqual([true, false]);
  });

  it.each([
    [['validate'], 'charter validate: name a file to check, or - for standard input.'],
    [['validate', 'missing.json'], 'charter validate: cannot read missing.json: no such file'],
    [['validate', '--jsn', 'ok.json'], "charter validate: Unknown option '--jsn'"],
    [['frobnicate'], 'charter: unknown command "frobnicate"'],
  ])('exits 2 on a usage or I/O error: %j', async (argv, message) => {
    const io = fakeIO({ 'ok.json': valid });
    expect(await main(argv, io)).toBe(2);
    expect(io.err).toContain(message);
  });

  it('validates the governor template the README opens the app on', async () => {
    const { stdout } = await promisify(execFile)(
      'npx',
      ['charter', 'validate', 'rules-schema/examples/token-governor.charter.json'],
      { cwd: root },
    );
    expect(stdout).toContain('✓ rules-schema/examples/token-governor.charter.json: valid');
    expect(stdout).toMatch(/Token vote\s+majority-vote\s+4% quorum · 5 days 14 hours 24 minutes/);
  });

  it('runs as a real process through npx, with the project’s Node', async () => {
    const run = promisify(execFile);
    const { stdout } = await run(
      'npx',
      ['charter', 'validate', '--json', 'test/fixtures/minimal.charter.json'],
      { cwd: root },
    );
    expect(JSON.parse(stdout).valid).toBe(true);
    const failure = await run('npx', ['charter', 'validate', 'nope.json'], { cwd: root }).catch(
      (error) => error,
    );
    expect(failure.code).toBe(2);
  });
});
