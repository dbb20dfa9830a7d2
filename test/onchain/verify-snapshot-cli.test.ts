import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createVerifyCommand } from '../../compiler/cli/commands/verify.ts';
import { main } from '../../compiler/cli/main.ts';
import { simulate } from '../../compiler/simulate/simulate.ts';
import { fakeIO } from '../cli/fake-io.ts';

const read = (name: string) =>
  readFileSync(new URL(`../../rules-schema/examples/${name}.charter.json`, import.meta.url), 'utf8');
const passport = read('passport-signal');

describe('charter verify --target snapshot', () => {
  it("agrees with snapshot.js on the Passport-gated signal template over 200 scenarios, by Snapshot's own rule", async () => {
    const io = fakeIO({ 'signal.json': passport });
    expect(await main(['verify', 'signal.json', '--target', 'snapshot', '--scenarios', '200'], io)).toBe(0);
    expect(io.err).toBe('');
    const lines = io.out.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'Passport-gated community signal: 200 scenarios per path from seed 1',
      '',
      'Snapshot:',
      '  vote: Snapshot space "Passport-gated community signal" on network 1: basic voting, quorum 21',
      "    setup: agrees: Space settings validated by snapshot.js's validateSchema",
    ]);
    expect(lines.at(-2)).toBe('  201 of 201 checks agree.');
    // Snapshot's rule for a closed basic proposal, worked from the printed scores: below the quorum of 21 (all
    // votes count toward it) it is rejected, else it passes when For is strictly more than Against.
    const scenarios = lines.filter((line) => line.startsWith('    scenario '));
    expect(scenarios).toHaveLength(200);
    const states = new Set<string>();
    for (const line of scenarios) {
      const [, state, f, a, x] =
        /agrees: (passed|rejected): For (\d+), Against (\d+), Abstain (\d+) \(VOTE\)$/.exec(line)!;
      const [yes, no, abstain] = [Number(f), Number(a), Number(x)];
      expect(state, line).toBe(yes + no + abstain >= 21 && yes > no ? 'passed' : 'rejected');
      states.add(state!);
    }
    expect([...states].sort()).toEqual(['passed', 'rejected']);
  });

  it('names the first scenario where a simulator that passes everything disagrees, and exits 1', async () => {
    const alwaysPasses: typeof simulate = (config, scenario, hooks) => {
      const result = simulate(config, scenario, hooks);
      for (const trace of result.proposals)
        for (const step of trace.steps) if (step.node === 'vote') step.branch = 'passed';
      return result;
    };
    const io = fakeIO({ 'signal.json': passport });
    const command = createVerifyCommand({ simulate: alwaysPasses });
    expect(await command.run(['signal.json', '--target', 'snapshot', '--scenarios', '20'], io)).toBe(1);
    expect(io.err).toBe(
      '✗ Snapshot, vote: the real thing disagrees with the simulator: scenario 5: state: simulator passed ≠ real rejected (rejected: For 14, Against 21, Abstain 7 (VOTE))\n',
    );
  });

  it('fails closed on rules that emit no Snapshot space', async () => {
    const io = fakeIO({ 'safe.json': read('team-treasury-safe') });
    expect(await main(['verify', 'safe.json', '--target', 'snapshot'], io)).toBe(1);
    expect(io.out).toContain('not verified: The Snapshot target emits no space');
    expect(io.err).toMatch(/^✗ Snapshot: The Snapshot target emits no space/);
  });
});
