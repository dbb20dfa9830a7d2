import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../compiler/cli/main.ts';
import { compile } from '../../compiler/compile/compile.ts';
import { monteCarlo } from '../../compiler/simulate/monte-carlo/monte-carlo.ts';
import { defaultScenario } from '../../compiler/simulate/scenario/default-scenario.ts';
import { fakeIO } from '../cli/fake-io.ts';

const governorText = readFileSync(
  new URL('../../rules-schema/examples/token-governor.charter.json', import.meta.url),
  'utf8',
);

function governorConfig() {
  const compiled = compile(JSON.parse(governorText));
  if (!compiled.ok) throw new Error('the token-governor template does not compile');
  return compiled.config;
}

describe('charter simulate', () => {
  it('prints as JSON exactly what monteCarlo returns for the default scenario', async () => {
    const io = fakeIO({ 'gov.json': governorText });
    expect(await main(['simulate', 'gov.json', '--runs', '50', '--seed', '9', '--json'], io)).toBe(0);
    const library = monteCarlo(governorConfig(), defaultScenario(governorConfig(), 9), { runs: 50 });
    expect(JSON.parse(io.out)).toEqual(JSON.parse(JSON.stringify(library)));
    expect(io.err).toBe('');
  });

  it('reads a scenario file, with --seed overriding its seed', async () => {
    const scenario = {
      seed: 4,
      defaultElectorate: { distribution: 'equal', holders: 10 },
      turnout: 1,
      preference: { for: 1 },
      proposals: [{ type: 'treasury-transfer' }],
    };
    const io = fakeIO({ 'gov.json': governorText, 's.json': JSON.stringify(scenario) });
    expect(await main(['simulate', 'gov.json', '--scenario', 's.json', '--runs', '3', '--json'], io)).toBe(0);
    const library = monteCarlo(
      governorConfig(),
      { ...scenario, preference: { for: 1, against: 0, abstain: 0 } } as never,
      { runs: 3 },
    );
    expect(JSON.parse(io.out)).toEqual(JSON.parse(JSON.stringify(library)));
    expect(JSON.parse(io.out).types[0].passProbability).toBe(1);
  });

  it('prints a readable report by default, and a progress bar on stderr only on a terminal', async () => {
    const io = fakeIO({ 'gov.json': governorText });
    expect(await main(['simulate', 'gov.json', '--runs', '200'], io)).toBe(0);
    expect(io.out).toContain('200 runs from seed 1, the default scenario');
    expect(io.out).toContain('treasury-transfer: passes ');
    expect(io.out).toContain('executes after 9 days 10 hours 12 minutes (median)');
    expect(io.err).toBe('');
    const terminal = fakeIO({ 'gov.json': governorText });
    terminal.isTTY = true;
    expect(await main(['simulate', 'gov.json', '--runs', '200'], terminal)).toBe(0);
    expect(terminal.err).toContain('] 200/200');
  });

  it('names the field of a bad scenario and exits 1; a bad --runs exits 2', async () => {
    const bad = { seed: 1, turnout: 2, proposals: [] };
    const io = fakeIO({ 'gov.json': governorText, 's.json': JSON.stringify(bad) });
    expect(await main(['simulate', 'gov.json', '--scenario', 's.json'], io)).toBe(1);
    expect(io.err).toBe('charter simulate: s.json: turnout must be a number from 0 to 1\n');
    const csv = {
      seed: 1,
      electorates: { uni: { distribution: 'csv', csv: `0x${'1'.repeat(40)},12\n0x1,3` } },
      proposals: [],
    };
    const csvIO = fakeIO({ 'gov.json': governorText, 's.json': JSON.stringify(csv) });
    expect(await main(['simulate', 'gov.json', '--scenario', 's.json', '--runs', '1'], csvIO)).toBe(1);
    expect(csvIO.err).toBe(
      'charter simulate: s.json: Electorate "uni", CSV line 2: "0x1" is not a 0x address of 40 hex digits.\n',
    );
    const typo = { seed: 1, electorates: { unii: { distribution: 'equal', holders: 3 } }, proposals: [] };
    const typoIO = fakeIO({ 'gov.json': governorText, 's.json': JSON.stringify(typo) });
    expect(await main(['simulate', 'gov.json', '--scenario', 's.json', '--runs', '1'], typoIO)).toBe(1);
    expect(typoIO.err).toBe(
      'charter simulate: s.json: The scenario models electorate "unii", which the config does not have (it has uni).\n',
    );
    const usage = fakeIO({ 'gov.json': governorText });
    expect(await main(['simulate', 'gov.json', '--runs', 'many'], usage)).toBe(2);
    expect(usage.err).toBe('charter simulate: --runs must be a whole number from 0 to 9999999, not "many"\n');
  });
});
