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

  // Aave's PayloadsControllerCore: LVL1_DELAY 1 day, GRACE_PERIOD 7 days, which Compound's Timelock cannot take.
  it('holds another grace period in the Governor over a TimelockController, which then only the Governor executes', () => {
    expect(timelockParameters(timelock({ delay: 86_400, gracePeriod: 604_800 }))).toEqual({
      ok: true,
      parameters: {
        minDelay: 86_400n,
        proposers: ['governor'],
        executors: ['governor'],
        admin: zeroAddress,
        cancellers: [],
        gracePeriod: 604_800n,
      },
    });
    // Compound's 14 days, but a delay outside its bounds, or an admin besides the Governor: a TimelockController too.
    for (const node of [
      timelock({ delay: 172_799, gracePeriod: 1_209_600 }),
      timelock({ delay: 2_592_001, gracePeriod: 1_209_600 }),
      timelock({ delay: 172_800, gracePeriod: 1_209_600, admin }),
    ]) {
      const result = timelockParameters(node);
      expect(result.ok && result.parameters).toMatchObject({
        gracePeriod: 1_209_600n,
        executors: ['governor'],
      });
      expect(result.ok && result.parameters.kind).toBeUndefined();
    }
    // Just inside Compound's bounds, both ends: Compound's Timelock.
    for (const delay of [172_800, 2_592_000]) {
      const result = timelockParameters(timelock({ delay, gracePeriod: 1_209_600 }));
      expect(result.ok && result.parameters.kind).toBe('compound');
    }
  });
});
