import { getAddress, zeroAddress } from 'viem';
import { describe, expect, it } from 'vitest';
import { timelockParameters } from '../../../compiler/targets/openzeppelin/timelock-parameters.ts';
import { timelock } from './nodes.ts';

const guardian = getAddress('0x52908400098527886e0f7030069857d2e4169ee7');
const admin = getAddress('0x8617e340b3d01fa5f11f306f4090fd50e238070d');

describe('timelockParameters', () => {
  it('makes the Governor the only proposer and lets anyone execute by default', () => {
    expect(timelockParameters(timelock({ delay: 172_800 }))).toEqual({
      ok: true,
      parameters: {
        minDelay: 172_800n,
        proposers: ['governor'],
        executors: [zeroAddress],
        admin: zeroAddress,
        cancellers: [],
      },
    });
  });

  it('lets only the Governor execute, and names the admin and extra cancellers checksummed', () => {
    const result = timelockParameters(
      timelock({ executors: 'proposers', admin: admin.toLowerCase(), cancellers: [guardian.toLowerCase()] }),
    );
    expect(result.ok && result.parameters).toEqual({
      minDelay: 172_800n,
      proposers: ['governor'],
      executors: ['governor'],
      admin,
      cancellers: [guardian],
    });
  });

  it('keeps a delay of 0 in seconds, whatever the clock', () => {
    const result = timelockParameters(timelock({ delay: 0 }));
    expect(result.ok && result.parameters).toMatchObject({ minDelay: 0n });
  });

  // Compound's Timelock.sol (as @uniswap/governance 1.0.2 ships it): GRACE_PERIOD = 14 days, MINIMUM_DELAY = 2 days,
  // MAXIMUM_DELAY = 30 days; its admin queues, so it must be the Governor.
  it("makes a 14-day grace period Compound's Timelock, with the Governor as admin and holding the cancellers", () => {
    expect(
      timelockParameters(
        timelock({ delay: 172_800, gracePeriod: 1_209_600, cancellers: [guardian.toLowerCase()] }),
      ),
    ).toEqual({
      ok: true,
      parameters: {
        kind: 'compound',
        delay: 172_800n,
        gracePeriod: 1_209_600n,
        admin: 'governor',
        cancellers: [guardian],
      },
    });
  });

  it("says why another grace period, a delay outside Compound's bounds or a second admin cannot be", () => {
    const result = timelockParameters(timelock({ delay: 86_400, gracePeriod: 604_800, admin }));
    expect(result.ok).toBe(false);
    const diagnostics = result.ok ? [] : result.diagnostics;
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.field])).toEqual([
      ['target-unsupported', 'params.gracePeriod'],
      ['target-out-of-range', 'params.delay'],
      ['target-unsupported', 'params.admin'],
    ]);
    expect(diagnostics[0]!.message).toBe(
      "Timelock: a grace period of 7 days makes a ready proposal expire. OpenZeppelin's TimelockController never " +
        "expires a ready operation, and the one timelock with a grace period an OpenZeppelin Governor runs, Compound's " +
        'Timelock (GovernorTimelockCompound), fixes it at 14 days (GRACE_PERIOD). Set "Grace period" to 14 days for ' +
        "Compound's Timelock, or to 0 for a TimelockController.",
    );
    expect(diagnostics[1]!.message).toMatch(/takes a delay from 2 days to 30 days .*, not 1 day\./);
    // Just inside the bounds, both ends.
    for (const delay of [172_800, 2_592_000])
      expect(timelockParameters(timelock({ delay, gracePeriod: 1_209_600 })).ok).toBe(true);
    for (const delay of [172_799, 2_592_001])
      expect(timelockParameters(timelock({ delay, gracePeriod: 1_209_600 })).ok).toBe(false);
  });
});
