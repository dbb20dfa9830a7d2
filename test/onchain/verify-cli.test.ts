import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createVerifyCommand } from '../../compiler/cli/commands/verify.ts';
import { main } from '../../compiler/cli/main.ts';
import { simulate } from '../../compiler/simulate/simulate.ts';
import { fakeIO } from '../cli/fake-io.ts';

const governorText = readFileSync(
  new URL('../../rules-schema/examples/token-governor.charter.json', import.meta.url),
  'utf8',
);

describe('charter verify', () => {
  it('agrees with the chain on the token-governor template, and says what happened in each scenario', async () => {
    const io = fakeIO({ 'gov.json': governorText });
    expect(await main(['verify', 'gov.json', '--scenarios', '3'], io)).toBe(0);
    expect(io.err).toBe('');
    const lines = io.out.split('\n');
    expect(lines[0]).toBe(
      "Token governor (Uniswap numbers, OpenZeppelin Governor): 3 scenarios per path from seed 1, on OpenZeppelin's Governor in an in-process EVM",
    );
    expect(lines[2]).toBe(
      'vote (parameter-change proposals): CharterGovernor 0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0, TimelockController 0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512, CharterVotesToken 0x5FbDB2315678afecb367f032d93F642f64180aa3',
    );
    expect(lines[3]).toBe(
      '  scenario 1: agrees: Succeeded (quorum 40,000,000 UNI; For 311,476,230.946986669716237846 UNI, Against 131,883,478.193748679865224758 UNI, Abstain 69,512,357.956286204693335801 UNI); executed 9 days 10 hours 12 minutes 12 seconds after the proposal',
    );
    expect(lines[4]).toBe(
      '  scenario 2: agrees: Defeated (quorum 40,000,000 UNI; For 284,851,638.732839240739676509 UNI, Against 291,434,580.540368651205663906 UNI, Abstain 16,322,862.955173373596192882 UNI)',
    );
    expect(lines.at(-2)).toBe('3 of 3 scenarios agree.');
  });

  it('prints every check as JSON, amounts in base units', async () => {
    const io = fakeIO({ 'gov.json': governorText });
    expect(await main(['verify', 'gov.json', '--scenarios', '1', '--seed', '7', '--json'], io)).toBe(0);
    const result = JSON.parse(io.out);
    expect(result.seed).toBe(7);
    expect(result.agreed).toBe(true);
    const [check] = result.paths[0].checks;
    expect(check.chain).toEqual(check.simulator);
    expect(check.chain.quorum).toBe('40000000000000000000000000');
  });

  it('exits 1 naming the first field that differs, when the simulator is made to disagree', async () => {
    // A simulator that counts one base unit less For in the second proposal than it drew.
    const doctored: typeof simulate = (config, scenario, options) => {
      const result = simulate(config, scenario, options);
      const step = result.proposals[1]!.steps.find((candidate) => candidate.node === 'vote')!;
      step.tally!.for = String(BigInt(step.tally!.for) - 1n);
      return result;
    };
    const io = fakeIO({ 'gov.json': governorText });
    expect(await createVerifyCommand({ simulate: doctored }).run(['gov.json', '--scenarios', '3'], io)).toBe(
      1,
    );
    expect(io.out).toContain(
      '  scenario 2: forVotes: simulator 284851638732839240739676508 ≠ chain 284851638732839240739676509\n',
    );
    expect(io.out).toContain('2 of 3 scenarios agree.');
    expect(io.err).toBe(
      '✗ vote: the chain disagrees with the simulator: scenario 2: forVotes: simulator 284851638732839240739676508 ≠ chain 284851638732839240739676509\n',
    );
  });

  it('exits 1 when the Governor cannot run the voting period as written (not a whole number of blocks)', async () => {
    // 483,845 s at 12 s a block: the compiled Governor counts round(40,320.4) = 40,320 blocks, 5 s less.
    const document = JSON.parse(governorText);
    document.nodes.find((node: { id: string }) => node.id === 'vote').params.votingPeriod = 483_845;
    const io = fakeIO({ 'odd.json': JSON.stringify(document) });
    expect(await main(['verify', 'odd.json', '--scenarios', '1'], io)).toBe(1);
    expect(io.err).toBe(
      '✗ vote: the chain disagrees with the simulator: scenario 1: voteEnd: simulator 641525 s ≠ chain 641520 s\n',
    );
  });

  it("replays the staged DAO's one deployable Governor, and not the vetoed stage the Governor cannot enforce", async () => {
    const staged = readFileSync(
      new URL('../../rules-schema/examples/staged-dao.charter.json', import.meta.url),
      'utf8',
    );
    const io = fakeIO({ 'staged.json': staged });
    expect(await main(['verify', 'staged.json', '--scenarios', '2'], io)).toBe(0);
    // The "vote" stage puts a veto by the core team between vote2 and its execution: no Governor is emitted for it
    // (the openzeppelin target refuses the veto), so only the community stage's vote3 is replayed.
    expect(io.out).not.toContain('vote2');
    expect(io.out).toContain('vote3 (parameter-change proposals): CharterGovernor ');
    expect(io.out).toContain(
      '  scenario 1: agrees: Succeeded (quorum 4,000,000 GOV; For 31,147,623.094698666971623784 GOV, Against 13,188,347.819374867986522476 GOV, Abstain 6,951,235.795628620469333579 GOV); executed 15 days 12 seconds after the proposal\n',
    );
    expect(io.out).toContain('2 of 2 scenarios agree.');
  });

  it('refuses bad options (exit 2) and a document no Governor can run (exit 1)', async () => {
    const usage = fakeIO({ 'gov.json': governorText });
    expect(await main(['verify', 'gov.json', '--scenarios', '0'], usage)).toBe(2);
    expect(usage.err).toBe('charter verify: --scenarios must be a whole number from 1 to 10000, not "0"\n');
    const help = fakeIO();
    expect(await main(['verify', '--help'], help)).toBe(0);
    expect(help.out).toMatch(/^Usage: charter verify FILE \[--scenarios N\] \[--seed S\] \[--json\]/);

    const cooperative = readFileSync(
      new URL('../../rules-schema/examples/cooperative.charter.json', import.meta.url),
      'utf8',
    );
    const none = fakeIO({ 'coop.json': cooperative });
    expect(await main(['verify', 'coop.json'], none)).toBe(1);
    expect(none.err).toMatch(
      /^✗ coop\.json has no path an OpenZeppelin Governor can run, so there is nothing to verify\.\n/,
    );
  });
});
