import { type Address, encodeAbiParameters, type Hex, maxUint256 } from 'viem';
import { compoundTimelockConstructorAbi } from './compound-timelock-abi.ts';
import {
  charterCompoundGovernorConstructorAbi,
  charterGovernorConstructorAbi,
  charterSuperQuorumGovernorConstructorAbi,
  quorumCountsCode,
} from './governor-abi.ts';
import { timelockControllerConstructorAbi } from './timelock-controller-abi.ts';
import type {
  CompoundTimelockParameters,
  GovernorParameters,
  TimelockAccount,
  TimelockParameters,
} from './types.ts';

/** What {@link encodeConstructorArgs} encodes: both contracts' parameters and the addresses they refer to. */
export interface EncodeConstructorArgsInput {
  governor: GovernorParameters;
  timelock: TimelockParameters | CompoundTimelockParameters;
  addresses: {
    /** The ERC20Votes token the Governor counts votes in. */
    token: Address;
    /** Where the TimelockController (or Compound's Timelock) is (or will be) deployed. */
    timelock: Address;
    /**
     * Where the Governor will be deployed, which the timelock's constructor needs before it exists: predict it,
     * such as with viem's `getContractAddress({ from: deployer, nonce })` for the deployer's nonce after the
     * timelock's deployment.
     */
    governor: Address;
  };
}

/** ABI-encoded constructor arguments, to append to each contract's creation bytecode. */
export interface EncodedConstructorArgs {
  /**
   * CharterGovernor's (with the TimelockController's grace period, 0 for none); CharterSuperQuorumGovernor's when
   * `governor.superQuorumNumerator` is set; CharterCompoundGovernor's when the timelock is Compound's.
   */
  governor: Hex;
  timelock: Hex;
}

/**
 * The constructor arguments of the reference Governor and of OpenZeppelin's TimelockController (or Compound's
 * Timelock, whose admin is the Governor and whose cancellers the Governor holds), ABI-encoded with
 * viem's `encodeAbiParameters` against the constructor ABIs this target ships, with the Governor's symbolic address
 * in the timelock's roles resolved. viem checks every integer against its Solidity type and throws rather than wrap,
 * so parameters that did not come from governorParameters cannot encode a silently different value.
 */
export function encodeConstructorArgs(input: EncodeConstructorArgsInput): EncodedConstructorArgs {
  const { governor: g, timelock: t, addresses } = input;
  const resolve = (account: TimelockAccount): Address =>
    account === 'governor' ? addresses.governor : account;

  // uint48 and uint32 are `number` in viem's types. Values in range are below 2^53, so Number() is exact; values out
  // of range stay out of range, so viem still throws on them.
  const governorArgs = [
    g.name,
    addresses.token,
    addresses.timelock,
    Number(g.votingDelay),
    Number(g.votingPeriod),
    g.proposalThreshold,
    g.quorumNumerator,
    g.quorumDenominator,
    Number(g.lateQuorumVoteExtension),
    {
      quorumCounts: quorumCountsCode[g.quorumCounts],
      fixedQuorum: g.fixedQuorum ?? 0n,
      supportNumerator: g.supportNumerator,
      supportDenominator: g.supportDenominator,
      forThreshold: g.forThreshold ?? 0n,
      forMargin: g.forMargin ?? 0n,
      forMarginApplies: g.forMargin !== undefined,
    },
    {
      delegated: g.quorumOf === 'delegated',
      excluded: g.quorumExcluded ?? [],
      minimum: g.quorumMinimum ?? 0n,
      // No maximum is the largest uint256: the clamp never lowers the quorum.
      maximum: g.quorumMaximum ?? maxUint256,
    },
  ] as const;
  if (t.kind === 'compound') {
    if (g.superQuorumNumerator !== undefined)
      throw new Error('encodeConstructorArgs: CharterCompoundGovernor has no super quorum');
    return {
      governor: encodeAbiParameters(charterCompoundGovernorConstructorAbi[0].inputs, [
        ...governorArgs,
        t.cancellers,
      ]),
      timelock: encodeAbiParameters(compoundTimelockConstructorAbi[0].inputs, [addresses.governor, t.delay]),
    };
  }
  if (g.superQuorumNumerator !== undefined && t.gracePeriod !== undefined)
    throw new Error('encodeConstructorArgs: CharterSuperQuorumGovernor has no grace period');
  const governor =
    g.superQuorumNumerator === undefined
      ? encodeAbiParameters(charterGovernorConstructorAbi[0].inputs, [...governorArgs, t.gracePeriod ?? 0n])
      : encodeAbiParameters(charterSuperQuorumGovernorConstructorAbi[0].inputs, [
          ...governorArgs,
          g.superQuorumNumerator,
        ]);

  const timelock = encodeAbiParameters(timelockControllerConstructorAbi[0].inputs, [
    t.minDelay,
    t.proposers.map(resolve),
    t.executors.map(resolve),
    t.admin,
  ]);
  return { governor, timelock };
}
