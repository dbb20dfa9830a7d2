import { type Address, concat, encodeDeployData, getAddress, getContractAddress, type Hex } from 'viem';
import type { CharterConfig } from '../../generated/charter-config.ts';
import {
  charterCompVotesArtifact,
  charterVotesTokenArtifact,
  uniArtifact,
} from '../../generated/openzeppelin-contracts.ts';
import { compVotesTestToken, type HolderCall } from './comp-votes-test-token.ts';
import { eip712Name } from './eip712-name.ts';
import { encodeConstructorArgs } from './encode-constructor-args.ts';
import { governorArtifacts } from './governor-artifacts.ts';
import { readGovernorEntries } from './read-governor-entries.ts';

/** One initial holder of the test token. */
export interface TokenHolder {
  address: Address;
  /** Base units of the token. */
  balance: bigint;
  /** Whether the holder delegates to itself at construction, so that its balance is voting power. */
  delegated: boolean;
}

/** Parameters of {@link deployCalldata}. */
export interface DeployCalldataParameters {
  /** The account that sends every deployment; with `nonce`, it fixes each contract's address. */
  deployer: Address;
  /**
   * The deployer's nonce at the first deployment; each path takes three: token, timelock, Governor (four over a
   * Compound-style token: its votes adapter after the token). @default 0
   */
  nonce?: number;
  /**
   * Initial holders of CharterVotesToken, the test token. Their balances should add up to the electorate's total
   * supply, which the quorum is a share of. @default the whole supply to `deployer`, delegated to itself
   */
  holders?: readonly TokenHolder[];
  /** Only the path of this majority vote (its node id). @default every path */
  vote?: string;
}

/** One contract creation: the address it will have and the transaction data that creates it. */
export interface ContractDeployment {
  contractName: string;
  address: Address;
  /** Creation bytecode followed by the ABI-encoded constructor arguments. */
  data: Hex;
}

/** The three contract creations of one Governor path, in the order they must be sent. */
export interface DeployCalldataReturnType {
  /** The majority vote the Governor runs. */
  vote: string;
  /** CharterVotesToken with the electorate's name (cut by eip712Name, as its permit domain) and symbol, on the
   * config's clock. */
  token: ContractDeployment;
  /**
   * OpenZeppelin's TimelockController, with the Governor's predicted address as its proposer; or Compound's Timelock,
   * with it as its admin.
   */
  timelock: ContractDeployment;
  /** CharterGovernor; CharterSuperQuorumGovernor when the vote has a super quorum; CharterCompoundGovernor over
   * Compound's Timelock. */
  governor: ContractDeployment;
  /**
   * Over a Compound-style electorate (`comp-votes`), where the token is UNI ({@link compVotesTestToken}):
   * CharterCompVotes over it, which the Governor counts votes through (getPriorVotes).
   */
  votesAdapter?: ContractDeployment;
  /**
   * After the contracts, the calls that give UNI's holders their balances and delegations (empty for
   * CharterVotesToken, which takes them at construction).
   */
  holderCalls: HolderCall[];
}

/**
 * The exact transaction data that deploys each Governor path of a compiled config's `openzeppelin` target: the
 * committed creation bytecode of CharterVotesToken, TimelockController and the reference Governor (see
 * compiler/targets/openzeppelin/contracts/), each followed by its constructor arguments, ABI-encoded with viem. The
 * addresses are predicted from the deployer's nonces (viem's `getContractAddress`), so the timelock can name the
 * Governor as proposer before it exists. Extra cancellers (`timelock.cancellers`) are granted after deployment and so
 * are not part of this data. Empty when the target has no Governor.
 *
 * @example
 * const [path] = deployCalldata(config, { deployer: '0xf39F…2266' });
 * await wallet.sendTransaction({ data: path.token.data }); // then path.timelock.data, then path.governor.data
 */
export function deployCalldata(
  config: CharterConfig,
  parameters: DeployCalldataParameters,
): DeployCalldataReturnType[] {
  const deployer = getAddress(parameters.deployer);
  let nonce = BigInt(parameters.nonce ?? 0);
  const entries = readGovernorEntries(config).filter(
    (entry) => parameters.vote === undefined || entry.vote === parameters.vote,
  );
  return entries.map((entry) => {
    const addressAt = (offset: bigint) => getContractAddress({ from: deployer, nonce: nonce + offset });
    const token = config.electorates.find((electorate) => electorate.id === entry.token)!.token!;
    const holders = parameters.holders ?? [
      { address: deployer, balance: BigInt(token.totalSupply), delegated: true },
    ];
    const compound = token.standard === 'comp-votes';
    const adapter = compound ? addressAt(1n) : undefined;
    const offset = compound ? 1n : 0n;
    const addresses = {
      token: addressAt(0n),
      timelock: addressAt(1n + offset),
      governor: addressAt(2n + offset),
    };
    nonce += 3n + offset;
    const testToken = compound
      ? compVotesTestToken({ deployer, token: addresses.token, holders })
      : {
          data: encodeDeployData({
            abi: charterVotesTokenArtifact.abi,
            bytecode: charterVotesTokenArtifact.bytecode,
            args: [
              eip712Name(token.name),
              token.symbol,
              entry.governor.clockMode === 'timestamp',
              holders.map((holder) => holder.address),
              holders.map((holder) => holder.balance),
              holders.map((holder) => holder.delegated),
            ],
          }),
          holderCalls: [],
        };
    const encoded = encodeConstructorArgs({
      governor: entry.governor,
      timelock: entry.timelock,
      addresses: { ...addresses, token: adapter ?? addresses.token },
    });
    const artifacts = governorArtifacts(entry);
    return {
      vote: entry.vote,
      token: {
        contractName: (compound ? uniArtifact : charterVotesTokenArtifact).contractName,
        address: addresses.token,
        data: testToken.data,
      },
      ...(adapter === undefined
        ? {}
        : {
            votesAdapter: {
              contractName: charterCompVotesArtifact.contractName,
              address: adapter,
              data: encodeDeployData({
                abi: charterCompVotesArtifact.abi,
                bytecode: charterCompVotesArtifact.bytecode,
                args: [addresses.token],
              }),
            },
          }),
      timelock: {
        contractName: artifacts.timelock.contractName,
        address: addresses.timelock,
        data: concat([artifacts.timelock.bytecode, encoded.timelock]),
      },
      governor: {
        contractName: artifacts.governor.contractName,
        address: addresses.governor,
        data: concat([artifacts.governor.bytecode, encoded.governor]),
      },
      holderCalls: testToken.holderCalls,
    };
  });
}
