import {
  type Address,
  encodeDeployData,
  encodeFunctionData,
  getAddress,
  type Hex,
  maxUint256,
  zeroAddress,
} from 'viem';
import { CharterError } from '../../errors/charter-error.ts';
import { uniArtifact } from '../../generated/openzeppelin-contracts.ts';
import type { TokenHolder } from './deploy-calldata.ts';

/** UNI's fixed initial supply in base units (Uni.sol: `totalSupply = 1_000_000_000e18`), all minted to `account`. */
const uniSupply = 10n ** 27n;

/** One call after deployment: sent from `from` (a holder's own call needs its key, or impersonation on a test chain). */
export interface HolderCall {
  from: Address;
  to: Address;
  data: Hex;
}

/**
 * The Compound-style token a test deploys in place of a `comp-votes` electorate's own (COMP, UNI): UNI as Uniswap
 * compiled it (npm @uniswap/governance 1.0.2, Uni.sol, Comp.sol's checkpoints and getPriorVotes), its whole supply to
 * `deployer`, with no minter, so that the supply stays fixed. UNI takes no holders at construction, so the holders'
 * balances follow as calls: the deployer's `transfer` to each, then each delegated holder's `delegate` to itself.
 * Throws when the holders need more than UNI's 1,000,000,000 × 10^18 base units.
 */
export function compVotesTestToken(parameters: {
  deployer: Address;
  token: Address;
  holders: readonly TokenHolder[];
}): { data: Hex; holderCalls: HolderCall[] } {
  const deployer = getAddress(parameters.deployer);
  let needed = 0n;
  for (const holder of parameters.holders)
    if (getAddress(holder.address) !== deployer) needed += holder.balance;
  if (needed > uniSupply)
    throw new CharterError('The Compound-style test token cannot hold these balances.', {
      details: [`UNI mints 10^27 base units at deployment; the holders need ${needed}.`],
    });
  const abi = uniArtifact.abi;
  const holderCalls: HolderCall[] = [];
  for (const holder of parameters.holders) {
    const address = getAddress(holder.address);
    if (address !== deployer && holder.balance > 0n)
      holderCalls.push({
        from: deployer,
        to: parameters.token,
        data: encodeFunctionData({ abi, functionName: 'transfer', args: [address, holder.balance] }),
      });
    if (holder.delegated)
      holderCalls.push({
        from: address,
        to: parameters.token,
        data: encodeFunctionData({ abi, functionName: 'delegate', args: [address] }),
      });
  }
  return {
    data: encodeDeployData({
      abi,
      bytecode: uniArtifact.bytecode,
      args: [deployer, zeroAddress, maxUint256],
    }),
    holderCalls,
  };
}
