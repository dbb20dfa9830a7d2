import { readFileSync } from 'node:fs';
import { decodeFunctionData, encodeFunctionData } from 'viem';
import { describe, expect, it } from 'vitest';
import { createVerifyCommand } from '../../compiler/cli/commands/verify.ts';
import { main } from '../../compiler/cli/main.ts';
import { compile } from '../../compiler/compile/compile.ts';
import type { CharterConfig } from '../../compiler/generated/charter-config.ts';
import { simulate } from '../../compiler/simulate/simulate.ts';
import { safeSetupAbi } from '../../compiler/targets/safe/safe-abi.ts';
import { verifySafes } from '../../compiler/verify/safe/verify-safes.ts';
import { fakeIO } from '../cli/fake-io.ts';

const read = (name: string) =>
  readFileSync(new URL(`../../rules-schema/examples/${name}.charter.json`, import.meta.url), 'utf8');
const treasury = read('team-treasury-safe');

function config(text: string): CharterConfig {
  const compiled = compile(JSON.parse(text));
  if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join('\n'));
  return compiled.config;
}

describe('charter verify --target safe', () => {
  it('agrees with Safe v1.4.1 on the working-group treasury template over 200 scenarios', async () => {
    const io = fakeIO({ 'treasury.json': treasury });
    expect(await main(['verify', 'treasury.json', '--target', 'safe', '--scenarios', '200'], io)).toBe(0);
    expect(io.err).toBe('');
    const lines = io.out.split('\n');
    expect(lines[0]).toBe('Working-group treasury (Safe, 3 of 4): 200 scenarios per path from seed 1');
    expect(lines[3]).toMatch(
      /^ {2}multisig: Safe v1\.4\.1 proxy at 0x[0-9a-fA-F]{40}, created through SafeProxyFactory with the emitted setup \([0-9,]+ gas\)$/,
    );
    expect(lines.slice(4, 10)).toEqual([
      "    setup: agrees: the 4 owners read back are the document's signers, in order",
      '    setup: agrees: the threshold read back is 3',
      '    setup: agrees: the fallback handler read back is 0xfd0732Dc9E303f09fCEf3a7388Ad10A83459Ec99',
      '    setup: agrees: executed with 3 of 4 approvals',
      '    setup: agrees: not executed with 2 approvals',
      "    setup: agrees: not executed with 2 approvals and an outsider's signature",
    ]);
    expect(lines.at(-2)).toBe('  206 of 206 checks agree.');
    // The Safe's own rule, worked by hand: a scenario executes exactly when 3 or more of the 4 owners approved.
    const scenarios = lines.filter((line) => line.startsWith('    scenario '));
    expect(scenarios).toHaveLength(200);
    for (const line of scenarios) {
      const [, verb, approvals] = /agrees: (executed|not executed) with (\d) of 4/.exec(line)!;
      expect(verb).toBe(Number(approvals) >= 3 ? 'executed' : 'not executed');
    }
    expect(scenarios.some((line) => line.includes(': executed'))).toBe(true);
    expect(scenarios.some((line) => line.includes('not executed'))).toBe(true);
  });

  it('names the first scenario where a simulator that always passes the multisig disagrees, and exits 1', async () => {
    const alwaysPasses: typeof simulate = (cfg, scenario, hooks) => {
      const result = simulate(cfg, scenario, hooks);
      for (const trace of result.proposals) {
        for (const step of trace.steps) if (step.node === 'multisig') step.branch = 'passed';
        trace.outcome = 'executed';
        trace.end = 'pay';
      }
      return result;
    };
    const io = fakeIO({ 'treasury.json': treasury });
    const command = createVerifyCommand({ simulate: alwaysPasses });
    expect(await command.run(['treasury.json', '--target', 'safe', '--scenarios', '3'], io)).toBe(1);
    expect(io.err).toBe(
      '✗ Safe, multisig: the real thing disagrees with the simulator: scenario 1: executed: simulator true ≠ real false (not executed with 1 of 4 approvals (threshold 3))\n',
    );
  });

  it('reads back a threshold that differs from the document: a setup emitted for 2 of 4 is caught', async () => {
    const compiled = config(treasury);
    const [safe] = compiled.targets.safe!.parameters.safes as { setupCalldata: `0x${string}` }[];
    const { args } = decodeFunctionData({ abi: safeSetupAbi, data: safe!.setupCalldata });
    safe!.setupCalldata = encodeFunctionData({
      abi: safeSetupAbi,
      functionName: 'setup',
      args: [args[0], 2n, ...args.slice(2)] as never,
    });
    const result = await verifySafes(compiled, { scenarios: 1 });
    expect(result.units[0]!.checks.filter((check) => check.mismatch !== undefined)[0]).toEqual({
      scenario: 0,
      summary: 'the threshold read back is 2',
      mismatch: { field: 'threshold', simulator: '3', real: '2' },
    });
  });

  it('creates the Safe on SafeL2 off Ethereum mainnet (Base), and agrees there too', async () => {
    const document = JSON.parse(treasury);
    document.chain = { chainId: 8453, blockTime: 2, clockMode: 'timestamp' };
    const result = await verifySafes(config(JSON.stringify(document)), { scenarios: 20 });
    expect(result.notVerifiable).toBeUndefined();
    expect(result.units[0]!.deployed).toMatch(/^SafeL2 v1\.4\.1 proxy at /);
    expect(result.units[0]!.checks).toHaveLength(26);
    expect(result.units[0]!.checks.filter((check) => check.mismatch !== undefined)).toEqual([]);
  });

  it('prints every check as JSON', async () => {
    const io = fakeIO({ 'treasury.json': treasury });
    expect(
      await main(['verify', 'treasury.json', '--target', 'safe', '--scenarios', '2', '--json'], io),
    ).toBe(0);
    const result = JSON.parse(io.out);
    expect(result.seed).toBe(1);
    expect(result.targets.map((target: { target: string }) => target.target)).toEqual(['safe']);
    expect(result.targets[0].units[0].checks).toHaveLength(8);
  });

  it('fails, saying so, on a document with no Safe', async () => {
    const io = fakeIO({ 'gov.json': read('token-governor') });
    expect(await main(['verify', 'gov.json', '--target', 'safe'], io)).toBe(1);
    expect(io.err).toBe(
      "✗ Safe: no path is executed by a Safe, so there is nothing to check on Safe's contracts.\n",
    );
  });
});

describe('charter verify --target for a target the document does not deploy on', () => {
  it('with snapshot, says no space is emitted, and exits 1, never "0 mismatches"', async () => {
    const io = fakeIO({ 'coop.json': read('cooperative') });
    expect(await main(['verify', 'coop.json', '--target', 'snapshot'], io)).toBe(1);
    expect(io.out).toContain('not verified: The Snapshot target emits no space');
    expect(io.out).not.toMatch(/agree/);
    expect(io.err).toBe('✗ Snapshot: The Snapshot target emits no space (its verdict is not-applicable).\n');
  });

  it('with aragon, fails on a document with no Aragon plugin, saying so', async () => {
    const io = fakeIO({ 'governor.json': read('token-governor') });
    expect(await main(['verify', 'governor.json', '--target', 'aragon'], io)).toBe(1);
    expect(io.out).not.toMatch(/agree/);
    expect(io.err).toBe('✗ Aragon OSx: the document deploys no Aragon plugin\n');
  });

  it('with all, replays both Aragon plugins of aragon-dao and passes', async () => {
    const io = fakeIO({ 'dao.json': read('aragon-dao') });
    expect(await main(['verify', 'dao.json', '--target', 'all', '--scenarios', '2'], io)).toBe(0);
    // 6 checks on the port; 12 on the contracts when their sources are fetched (setup checks at the boundaries).
    expect(io.out).toMatch(/^ {2}(6 of 6|12 of 12) checks agree\.$/m);
  });

  it('with gardens, replays both pools of conviction-fund on the pool contract and passes', async () => {
    const io = fakeIO({ 'fund.json': read('conviction-fund') });
    expect(await main(['verify', 'fund.json', '--target', 'gardens', '--scenarios', '3'], io)).toBe(0);
    expect(io.err).toBe('');
  });

  it('with all, runs each target and passes on the Safe template, naming what was not checked', async () => {
    const io = fakeIO({ 'treasury.json': treasury });
    expect(await main(['verify', 'treasury.json', '--target', 'all', '--scenarios', '2'], io)).toBe(0);
    const headings = io.out.split('\n').filter((line) => /^[A-Z].*:$/.test(line));
    expect(headings).toEqual(['OpenZeppelin Governor:', 'Aragon OSx:', 'Safe:', 'Snapshot:', 'Gardens:']);
    expect(io.out).toContain('  8 of 8 checks agree.');
  });

  it("with all, replays OpenZeppelin's Governor too, in the common report", async () => {
    const io = fakeIO({ 'gov.json': read('token-governor') });
    expect(await main(['verify', 'gov.json', '--target', 'all', '--scenarios', '2'], io)).toBe(0);
    const lines = io.out.split('\n');
    const section = lines.slice(lines.indexOf('OpenZeppelin Governor:'), lines.indexOf('Aragon OSx:'));
    expect(section[1]).toMatch(/^ {2}vote: CharterGovernor 0x[0-9a-fA-F]{40}, TimelockController /);
    expect(section[2]).toMatch(
      /^ {4}scenario 1: agrees: Succeeded \(quorum 40000000000000000000000000; For /,
    );
    expect(section).toContain('  2 of 2 checks agree.');
    expect(io.out).toContain('  not verified: no path is executed by a Safe');
  });

  it('refuses an unknown target', async () => {
    const io = fakeIO({ 'treasury.json': treasury });
    expect(await main(['verify', 'treasury.json', '--target', 'compound'], io)).toBe(2);
    expect(io.err).toBe(
      'charter verify: --target must be one of openzeppelin, aragon, safe, snapshot, gardens or all, not "compound"\n',
    );
  });
});
