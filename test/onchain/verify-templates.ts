import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { main } from '../../compiler/cli/main.ts';
import { fakeIO } from '../cli/fake-io.ts';

// Issue 17's "done when": `charter verify --target all` passes on every template with 200 scenarios per path. The
// templates are verified in three test files (verify-templates-1/2/3), so that the two test workers share them.
export const folder = new URL('../../rules-schema/examples/', import.meta.url);
export const templates = readdirSync(folder)
  .filter((name) => name.endsWith('.charter.json'))
  .map((name) => name.slice(0, -'.charter.json'.length))
  .sort();

/** The targets each template deploys on, and how many checks each gives at 200 scenarios per path. */
export const deployable: Record<string, Record<string, number>> = {
  // Two CharterGovernors (Level 1 and Level 2): For above a fixed amount and ahead of Against by a fixed margin
  // (GovernanceCore's yesThreshold and yesNoDifferential), a 1-day and a 7-day delay, each with a 7-day grace period;
  // 400 proposals and 6 setup checks per level at the boundaries (the threshold, the margin, the grace period's end).
  'aave-v3': { 'OpenZeppelin Governor': 412 },
  // 400 TokenVoting proposals (two routes) and 200 Multisig proposals, with 6 setup checks at the boundaries.
  'aragon-dao': { 'Aragon OSx': 606 },
  // The Treasury Governor's path (the core path's challenge period and L1 timelock are refused): 200 proposals, and 4
  // at the quorum's boundaries (one base unit below the minimum, at it, above the maximum, the exclude address's votes).
  'arbitrum-dao': { 'OpenZeppelin Governor': 204 },
  // The Token House's Governor; the Citizens' veto a Safe of 3 of 10 cancelling in the TimelockController's week.
  'bicameral-veto': { 'OpenZeppelin Governor': 200 },
  // CharterCompoundGovernor over Compound's Timelock: For alone toward a fixed 400,000 COMP, a 14-day grace period.
  'compound-governor': { 'OpenZeppelin Governor': 200 },
  'conviction-fund': { Gardens: 400 },
  // 400 AddresslistVoting proposals (ordinary and amendment routes), with 2 quorum-boundary setup checks per plugin.
  cooperative: { 'Aragon OSx': 404 },
  // 200 payout proposals on the Safe, with 6 setup checks; the QF round is recorded off chain.
  'grants-qf': { Safe: 206 },
  'ens-dao': { 'OpenZeppelin Governor': 200 },
  'passport-signal': { Snapshot: 201 },
  'staged-dao': { 'OpenZeppelin Governor': 200 },
  'team-treasury-safe': { Safe: 206 },
  'token-governor': { 'OpenZeppelin Governor': 200 },
  // The on-chain proposal on CharterCompoundGovernor (For-only 40M UNI, Compound's Timelock); the temperature check a
  // Snapshot space, with 1 setup check (snapshot.js's validateSchema).
  uniswap: { 'OpenZeppelin Governor': 200, Snapshot: 201 },
};
/**
 * Templates no target deploys yet: nothing to verify, so `verify --target all` fails on them, closed.
 */
export const deployNowhere: string[] = [];

/** Each target section of a report: its title and its "N of M checks agree." line, read from the text. */
export function sections(out: string): Record<string, { agreeing: number; checks: number }> {
  const found: Record<string, { agreeing: number; checks: number }> = {};
  let title: string | undefined;
  for (const line of out.split('\n')) {
    const heading = /^(\S.*):$/.exec(line);
    if (heading) title = heading[1];
    const tally = /^ {2}(\d+) of (\d+) checks agree\.$/.exec(line);
    if (tally && title !== undefined) found[title] = { agreeing: Number(tally[1]), checks: Number(tally[2]) };
  }
  return found;
}

/** Which test file verifies which template: about a third of the time each (aave-v3 and bicameral-veto take longest). */
export const parts: readonly (readonly string[])[] = [
  ['aave-v3', 'bicameral-veto', 'conviction-fund', 'cooperative', 'grants-qf'],
  ['aragon-dao', 'arbitrum-dao', 'ens-dao', 'passport-signal', 'team-treasury-safe'],
  ['compound-governor', 'staged-dao', 'token-governor', 'uniswap'],
];

/** The tests of one part: `charter verify NAME --target all --scenarios 200` agrees on every check of each. */
export function verifyTemplates(names: readonly string[]): void {
  // Aragon's plugins run on their own contracts: their sources are fetched (and integrity-checked) first.
  beforeAll(() => {
    execFileSync('node', [new URL('../../scripts/fetch-aragon-sources.js', import.meta.url).pathname]);
  });

  it.each(names)(
    '%s: every check on the real thing agrees',
    async (name) => {
      const io = fakeIO({ [`${name}.json`]: readFileSync(new URL(`${name}.charter.json`, folder), 'utf8') });
      const code = await main(['verify', `${name}.json`, '--target', 'all', '--scenarios', '200'], io);
      expect(io.err).toBe('');
      expect(code).toBe(0);
      const checked = Object.fromEntries(
        Object.entries(sections(io.out)).map(([title, { agreeing, checks }]) => {
          expect(agreeing, `${name}, ${title}`).toBe(checks);
          return [title, checks];
        }),
      );
      expect(checked).toEqual(deployable[name]);
      expect(io.out).not.toMatch(/≠/);
      // 200 proposals per path on the real contracts: about a minute for a Governor or Aragon on two shared cores.
    },
    600_000,
  );
}
