import { type Address, encodeAbiParameters, type Hex } from 'viem';
import { charterGovernorConstructorAbi, charterSuperQuorumGovernorConstructorAbi } from './governor-abi.ts';
import { timelockControllerConstructorAbi } from './timelock-controller-abi.ts';
import type { GovernorParameters, TimelockAccount, TimelockParameters } from './types.ts';

/** What {@link encodeConstructorArgs} encodes: both contracts' parameters and the addresses they refer to. */
export interface EncodeConstructorArgsInput {
  governor: GovernorParameters;
  timelock: TimelockParameters;
  addresses: {
    /** The ERC20Votes token the Governor counts votes in. */
    token: Address;
    /** Where the TimelockController is (or will be) deployed. */
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
  /** CharterGovernor's, or CharterSuperQuorumGovernor's when `governor.superQuorumNumerator` is set. */
  governor: Hex;
  timelock: Hex;
}

/**
 * The constructor arguments of the reference Governor and of OpenZeppelin's TimelockController, ABI-encoded with
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
  ] as const;
  const governor =
    g.superQuorumNumerator === undefined
      ? encodeAbiParameters(charterGovernorConstructorAbi[0].inputs, governorArgs)
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
