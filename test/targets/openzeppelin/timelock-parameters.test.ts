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
    expect(result.ok && result.parameters.minDelay).toBe(0n);
  });

  it('says why a grace period cannot be expressed', () => {
    expect(timelockParameters(timelock({ gracePeriod: 1_209_600 }))).toMatchObject({
      ok: false,
      diagnostics: [
        {
          code: 'target-unsupported',
          severity: 'error',
          nodeId: 'delay',
          field: 'params.gracePeriod',
          message:
            "Timelock: a grace period of 14 days makes a ready proposal expire, but OpenZeppelin's " +
            'TimelockController keeps a ready operation executable until it runs or is cancelled. ' +
            'Set "Grace period" to 0 to deploy it as a TimelockController.',
        },
      ],
    });
  });
});
