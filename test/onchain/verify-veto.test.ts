// A veto on OpenZeppelin is proven on the real TimelockController: a member the simulator drew vetoing cancels the
// queued proposal in the delay, and it never executes; without the canceller role the chain would execute it.
import { getAddress, keccak256, toHex } from 'viem';
import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile/compile.ts';
import type { CharterConfig } from '../../compiler/generated/charter-config.ts';
import { verifyGovernors } from '../../compiler/verify/verify-governors.ts';
import { wiredDocument } from '../fixtures/wired-document.ts';

const members = Array.from({ length: 5 }, (_, n) =>
  getAddress(`0x${keccak256(toHex(`charter-test:citizen-${n}`)).slice(26)}`),
);

/** ACME holders vote (4 % quorum, a day's vote on a timestamp clock); any one of five citizens may veto in 2 days. */
function config(): CharterConfig {
  const document = wiredDocument(
    [
      { id: 'propose', kind: 'proposal', params: { types: ['any'] } },
      {
        id: 'holders',
        kind: 'token-holders',
        params: { token: { symbol: 'ACME', decimals: 18, totalSupply: '1000000' } },
      },
      { id: 'citizens', kind: 'members', params: { source: 'list', members } },
      {
        id: 'vote',
        kind: 'majority-vote',
        params: { quorum: { percent: '4' }, votingDelay: 0, votingPeriod: 86400 },
      },
      { id: 'veto', kind: 'veto', params: { threshold: { count: 1 }, window: 172800 } },
      { id: 'run', kind: 'execute', params: { executor: 'governor' } },
      { id: 'stop', kind: 'reject' },
    ],
    [
      'propose.out->vote.in',
      'holders.voters->vote.voters',
      'vote.passed->veto.in',
      'vote.failed->stop.in',
      'citizens.voters->veto.voters',
      'veto.passed->run.in',
      'veto.vetoed->stop.in',
    ],
  );
  (document as { chain?: unknown }).chain = { chainId: 1, blockTime: 12, clockMode: 'timestamp' };
  const result = compile(document);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.config;
}

describe('charter verify: a veto on the real TimelockController', () => {
  it('cancels every proposal the simulator vetoed, by a listed citizen in the delay, and executes the others', async () => {
    const result = await verifyGovernors(config(), { scenarios: 16 });
    expect(result.agreed).toBe(true);
    const checks = result.paths[0]!.checks;
    const vetoed = checks.filter((check) => check.chain.cancelledBy !== undefined);
    const executed = checks.filter((check) => check.chain.executed);
    expect(vetoed.length).toBeGreaterThan(0);
    expect(executed.length).toBeGreaterThan(0);
    for (const check of vetoed) {
      expect(members).toContain(check.chain.cancelledBy);
      expect(check.chain.state).toBe('Succeeded'); // passed the vote, queued, then cancelled
      expect(check.chain.executed).toBe(false);
      expect(check.simulator.executed).toBe(false);
    }
    // Not vetoed: executable once the veto's two days have passed after the vote (plus the queue's one second).
    for (const check of executed) expect(check.chain.executableAfter).toBe(86400 + 172800 + 1);
  }, 300_000);

  it('disagrees when the citizens are not made cancellers: the chain executes what the simulator vetoed', async () => {
    const stripped = config();
    const governors = (stripped.targets.openzeppelin!.parameters as { governors: any[] }).governors;
    governors[0].timelockController.cancellers = [];
    const result = await verifyGovernors(stripped, { scenarios: 16 });
    expect(result.agreed).toBe(false);
    const differing = result.paths[0]!.checks.filter((check) => check.mismatch !== undefined);
    expect(differing.length).toBeGreaterThan(0);
    for (const check of differing) {
      // The first field compared that differs: the chain gives an eta the simulator's veto never lets come.
      expect(check.mismatch!.field).toBe('executableAfter');
      expect(check.chain.cancelledBy).toBeUndefined();
      expect(check.chain.executed).toBe(true);
      expect(check.simulator.executed).toBe(false);
    }
  }, 300_000);
});
