import { decodeAbiParameters, getAddress, maxUint256, parseAbiItem, zeroAddress } from 'viem';
import { describe, expect, it } from 'vitest';
import { compoundTimelockConstructorAbi } from '../../../compiler/targets/openzeppelin/compound-timelock-abi.ts';
import { encodeConstructorArgs } from '../../../compiler/targets/openzeppelin/encode-constructor-args.ts';
import {
  charterCompoundGovernorConstructorAbi,
  charterGovernorConstructorAbi,
  charterSuperQuorumGovernorConstructorAbi,
} from '../../../compiler/targets/openzeppelin/governor-abi.ts';
import { governorParameters } from '../../../compiler/targets/openzeppelin/governor-parameters.ts';
import { timelockControllerConstructorAbi } from '../../../compiler/targets/openzeppelin/timelock-controller-abi.ts';
import { timelockParameters } from '../../../compiler/targets/openzeppelin/timelock-parameters.ts';
import type { GovernorParameters, TimelockParameters } from '../../../compiler/targets/openzeppelin/types.ts';
import { holders, mainnet, proposal, timelock, vote } from './nodes.ts';

const addresses = {
  token: getAddress('0x52908400098527886e0f7030069857d2e4169ee7'),
  timelock: getAddress('0x8617e340b3d01fa5f11f306f4090fd50e238070d'),
  governor: getAddress('0xde709f2102306220921060314715629080e2fb77'),
};
const guardian = getAddress('0x27b1fdb04752bbc536007a920d24acb045561c26');

function compiled(superQuorum?: string) {
  const governor = governorParameters({
    name: 'ACME Governor',
    vote: vote({ quorum: { percent: '4.5' }, lateQuorumExtension: 86_400, superQuorum }),
    electorate: holders({ decimals: 18, totalSupply: '1000000000' }),
    proposal: proposal({ minVotingPower: '1000000' }),
    chain: mainnet,
  });
  const lock = timelockParameters(
    timelock({ delay: 172_800, executors: 'proposers', cancellers: [guardian] }),
  );
  if (!governor.ok || !lock.ok) throw new Error('fixture does not compile');
  return { governor: governor.parameters, timelock: lock.parameters };
}

/** A constructor's inputs as Solidity source declares them: `uint256 minDelay, address[] proposers, …`. */
const declared = (abi: readonly [{ inputs: readonly { type: string; name: string }[] }]) =>
  abi[0].inputs.map((input) => `${input.type} ${input.name}`).join(', ');

describe('the constructor ABIs', () => {
  it("are OpenZeppelin's TimelockController's and the reference Governors' signatures", () => {
    const openZeppelin = parseAbiItem(
      'constructor(uint256 minDelay, address[] proposers, address[] executors, address admin)',
    );
    expect(declared(timelockControllerConstructorAbi)).toBe(declared([openZeppelin] as never));
    expect(declared(charterGovernorConstructorAbi)).toBe(
      'string _name, address _token, address _timelock, uint48 _votingDelay, uint32 _votingPeriod, ' +
        'uint256 _proposalThreshold, uint256 _quorumNumerator, uint256 _quorumDenominator, ' +
        'uint48 _lateQuorumVoteExtension, tuple _counting, tuple _quorumRules, uint256 _gracePeriod',
    );
    expect(charterGovernorConstructorAbi[0].inputs[9].components.map((c) => `${c.type} ${c.name}`)).toEqual([
      'uint8 quorumCounts',
      'uint256 fixedQuorum',
      'uint256 supportNumerator',
      'uint256 supportDenominator',
      'uint256 forThreshold',
      'uint256 forMargin',
      'bool forMarginApplies',
    ]);
    // The super-quorum and Compound Governors take the same arguments but the grace period, then their own.
    const shared = declared(charterGovernorConstructorAbi).replace(', uint256 _gracePeriod', '');
    expect(charterGovernorConstructorAbi[0].inputs[10].components.map((c) => `${c.type} ${c.name}`)).toEqual([
      'bool delegated',
      'address[] excluded',
      'uint256 minimum',
      'uint256 maximum',
    ]);
    expect(declared(charterSuperQuorumGovernorConstructorAbi)).toBe(
      `${shared}, uint256 _superQuorumNumerator`,
    );
    expect(declared(charterCompoundGovernorConstructorAbi)).toBe(`${shared}, address[] _cancellers`);
    expect(declared(compoundTimelockConstructorAbi)).toBe('address admin_, uint256 delay_');
  });
});

describe('encodeConstructorArgs', () => {
  it('encodes the Governor so that decoding gives back every parameter', () => {
    const { governor } = compiled();
    const encoded = encodeConstructorArgs({ ...compiled(), addresses });
    expect(decodeAbiParameters(charterGovernorConstructorAbi[0].inputs, encoded.governor)).toEqual([
      'ACME Governor',
      addresses.token,
      addresses.timelock,
      7200,
      50_400,
      10n ** 24n,
      45n,
      1000n,
      7200,
      {
        quorumCounts: 0,
        fixedQuorum: 0n,
        supportNumerator: 50n,
        supportDenominator: 100n,
        forThreshold: 0n,
        forMargin: 0n,
        forMarginApplies: false,
      },
      { delegated: false, excluded: [], minimum: 0n, maximum: maxUint256 },
      0n,
    ]);
    expect(governor.superQuorumNumerator).toBeUndefined();
  });

  // Aave's Level 1 (aave-governance-v3 Deploy_Governance.s.sol and Deploy_PayloadsController.s.sol): yesThreshold
  // 320,000 and yesNoDifferential 80,000 AAVE of 18 decimals, a 1-day delay and a 7-day GRACE_PERIOD.
  it("encodes Aave's For threshold and margin in base units, and the grace period last", () => {
    const governor = governorParameters({
      name: 'Aave',
      vote: vote({
        quorum: { absolute: '0' },
        quorumCounts: 'for',
        forThreshold: '320000',
        forMargin: '80000',
      }),
      electorate: holders({ decimals: 18, totalSupply: '16000000' }),
      proposal: proposal({ minVotingPower: '50000.000000000000000001' }),
      chain: mainnet,
    });
    const lock = timelockParameters(timelock({ delay: 86_400, gracePeriod: 604_800 }));
    if (!governor.ok || !lock.ok) throw new Error('fixture does not compile');
    const encoded = encodeConstructorArgs({
      governor: governor.parameters,
      timelock: lock.parameters,
      addresses,
    });
    const decoded = decodeAbiParameters(charterGovernorConstructorAbi[0].inputs, encoded.governor);
    expect(decoded[5]).toBe(50_000n * 10n ** 18n + 1n);
    expect(decoded.slice(9)).toEqual([
      {
        quorumCounts: 1,
        fixedQuorum: 0n,
        supportNumerator: 50n,
        supportDenominator: 100n,
        forThreshold: 320_000n * 10n ** 18n,
        forMargin: 80_000n * 10n ** 18n,
        forMarginApplies: true,
      },
      { delegated: false, excluded: [], minimum: 0n, maximum: maxUint256 },
      604_800n,
    ]);
    // The Governor alone executes, so that nobody runs an expired proposal on the timelock itself.
    expect(decodeAbiParameters(timelockControllerConstructorAbi[0].inputs, encoded.timelock)).toEqual([
      86_400n,
      [addresses.governor],
      [addresses.governor],
      zeroAddress,
    ]);
  });

  it("encodes Arbitrum's quorum: the delegated supply less the exclude address, within a minimum and a maximum", () => {
    const exclude = getAddress('0x00000000000000000000000000000000000a4b86');
    const governor = governorParameters({
      name: 'Treasury Governor',
      vote: vote({
        quorum: { percent: '40' },
        quorumOf: 'delegated',
        // Twice, in two cases: the contract sums each address's votes, so it must get each once.
        quorumExcluded: [exclude.toLowerCase(), exclude],
        quorumMinimum: '100000000',
        quorumMaximum: '300000000',
      }),
      electorate: holders({ decimals: 18, totalSupply: '10000000000' }),
      proposal: proposal({ minVotingPower: '1000000' }),
      chain: mainnet,
    });
    if (!governor.ok) throw new Error('fixture does not compile');
    const encoded = encodeConstructorArgs({
      governor: governor.parameters,
      timelock: compiled().timelock,
      addresses,
    });
    const decoded = decodeAbiParameters(charterGovernorConstructorAbi[0].inputs, encoded.governor);
    expect(decoded.slice(6, 8)).toEqual([40n, 100n]);
    expect(decoded[10]).toEqual({
      delegated: true,
      excluded: [exclude],
      minimum: 100_000_000n * 10n ** 18n,
      maximum: 300_000_000n * 10n ** 18n,
    });
  });

  it('folds the bounds into a fixed quorum, as the simulator clamps it', () => {
    const governor = governorParameters({
      name: 'Fixed',
      vote: vote({ quorum: { absolute: '50' }, quorumMinimum: '70', quorumMaximum: '90' }),
      electorate: holders({ decimals: 0, totalSupply: '1000' }),
      proposal: proposal({ minVotingPower: '0' }),
      chain: mainnet,
    });
    if (!governor.ok) throw new Error('fixture does not compile');
    expect(governor.parameters.fixedQuorum).toBe(70n);
    expect(governor.parameters.quorumMinimum).toBeUndefined();
  });

  it('encodes the super-quorum Governor with the super quorum last', () => {
    const encoded = encodeConstructorArgs({ ...compiled('10'), addresses });
    const decoded = decodeAbiParameters(charterSuperQuorumGovernorConstructorAbi[0].inputs, encoded.governor);
    expect(decoded.slice(6, 9)).toEqual([45n, 1000n, 7200]);
    expect(decoded[11]).toBe(100n);
  });

  it("encodes CharterCompoundGovernor with its cancellers, and Compound's Timelock with the Governor as admin", () => {
    const governor = governorParameters({
      name: 'ACME Governor',
      vote: vote({ quorum: { absolute: '400000' }, quorumCounts: 'for' }),
      electorate: holders({ decimals: 18, totalSupply: '10000000' }),
      proposal: proposal({ minVotingPower: '25000' }),
      chain: mainnet,
    });
    const lock = timelockParameters(
      timelock({ delay: 172_800, gracePeriod: 1_209_600, cancellers: [guardian] }),
    );
    if (!governor.ok || !lock.ok) throw new Error('fixture does not compile');
    const encoded = encodeConstructorArgs({
      governor: governor.parameters,
      timelock: lock.parameters,
      addresses,
    });
    const decoded = decodeAbiParameters(charterCompoundGovernorConstructorAbi[0].inputs, encoded.governor);
    expect(decoded.slice(9)).toEqual([
      {
        quorumCounts: 1,
        fixedQuorum: 400_000n * 10n ** 18n,
        supportNumerator: 50n,
        supportDenominator: 100n,
        forThreshold: 0n,
        forMargin: 0n,
        forMarginApplies: false,
      },
      { delegated: false, excluded: [], minimum: 0n, maximum: maxUint256 },
      [guardian],
    ]);
    expect(decodeAbiParameters(compoundTimelockConstructorAbi[0].inputs, encoded.timelock)).toEqual([
      addresses.governor,
      172_800n,
    ]);
  });

  it('encodes the timelock with the Governor placeholder resolved to its address', () => {
    const encoded = encodeConstructorArgs({ ...compiled(), addresses });
    expect(decodeAbiParameters(timelockControllerConstructorAbi[0].inputs, encoded.timelock)).toEqual([
      172_800n,
      [addresses.governor],
      [addresses.governor],
      zeroAddress,
    ]);
  });

  it('encodes anyone-may-execute as the zero address', () => {
    const lock = timelockParameters(timelock());
    if (!lock.ok) throw new Error('fixture does not compile');
    const encoded = encodeConstructorArgs({
      governor: compiled().governor,
      timelock: lock.parameters,
      addresses,
    });
    const [, proposers, executors] = decodeAbiParameters(
      timelockControllerConstructorAbi[0].inputs,
      encoded.timelock,
    );
    expect([proposers, executors]).toEqual([[addresses.governor], [zeroAddress]]);
  });

  it('throws rather than wrap a value beyond its Solidity type', () => {
    const governor: GovernorParameters = { ...compiled().governor, votingPeriod: 2n ** 32n };
    const lock = compiled().timelock as TimelockParameters;
    expect(() => encodeConstructorArgs({ governor, timelock: lock, addresses })).toThrow(
      /not in safe 32-bit unsigned integer range/,
    );
  });
});
