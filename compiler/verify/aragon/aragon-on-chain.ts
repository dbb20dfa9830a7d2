// What the Aragon verifier does on the in-process EVM, for TokenVoting and Multisig alike: deploy, install a plugin
// behind a proxy, send and mine, read, and tell a check from its first differing field.
import {
  type Abi,
  type Address,
  decodeFunctionResult,
  encodeDeployData,
  encodeFunctionData,
  type Hex,
  pad,
  toHex,
} from 'viem';
import { CharterError } from '../../errors/charter-error.ts';
import type { CharterConfig } from '../../generated/charter-config.ts';
import { charterVotesTokenArtifact } from '../../generated/openzeppelin-contracts.ts';
import type { GeneratedElectorate } from '../../simulate/scenario/generate-electorate.ts';
import { holderAddress } from '../holder-address.ts';
import type { Chain } from '../open-chain.ts';
import type { ScenarioVerdict } from '../target-verification.ts';
import type { VerifierOptions } from '../verifier.ts';
import type { AragonArtifact, AragonArtifacts } from './aragon-artifacts.ts';

/** One plugin of the Aragon target's parameters, the fields read here. */
export interface AragonPlugin {
  plugin: string;
  decision: string;
  settings?: {
    votingMode: number;
    supportThreshold: number;
    minParticipation: number;
    minDuration?: string;
    minProposerVotingPower?: string;
    onlyListed?: boolean;
    minApprovals?: number;
  };
  minApprovals?: string;
  members?: string[];
  build?: { repo: string; build: number; tag: string };
}

/** Votes sent per mined block: well under the 30 million gas a block holds (a vote costs about 100,000). */
export const perBlock = 100;
/** The contract that ran, for the report: which release of which sources, compiled how. */
export function provenance(artifacts: AragonArtifacts): string {
  return `npm @aragon/osx@1.3.0's Solidity, compiled with solc-js ${artifacts.solc} behind an ERC1967 proxy`;
}

export async function read(chain: Chain, abi: Abi, to: Address, functionName: string, args: unknown[] = []) {
  const data = await chain.call(to, encodeFunctionData({ abi, functionName, args }));
  return decodeFunctionResult({ abi, functionName, data }) as unknown;
}

/** Sends transactions, mines them (a block per {@link perBlock}), and gives whether each succeeded. */
export async function mineAll(chain: Chain, sends: (() => Promise<Hex>)[]): Promise<boolean[]> {
  const statuses: boolean[] = [];
  for (let start = 0; start < sends.length; start += perBlock) {
    const hashes: Hex[] = [];
    for (const send of sends.slice(start, start + perBlock)) hashes.push(await send());
    await chain.mine();
    for (const hash of hashes) statuses.push((await chain.receipt(hash)).status === 'success');
  }
  return statuses;
}

export async function deploy(chain: Chain, data: Hex, what: string): Promise<Address> {
  const hash = await chain.send({ from: chain.deployer, data, gas: 30_000_000n });
  await chain.mine();
  const receipt = await chain.receipt(hash);
  if (receipt.status !== 'success' || receipt.contractAddress === null)
    throw new CharterError(`Deploying ${what} reverted in the in-process EVM.`);
  return receipt.contractAddress;
}

/** A plugin behind a proxy, initialized in the proxy's constructor as Aragon's PluginSetup does. */
export async function install(
  chain: Chain,
  artifacts: AragonArtifacts,
  implementation: Address,
  plugin: AragonArtifact,
  args: unknown[],
  what: string,
): Promise<Address> {
  const initialize = encodeFunctionData({ abi: plugin.abi, functionName: 'initialize', args });
  return deploy(
    chain,
    encodeDeployData({
      abi: artifacts.proxy.abi,
      bytecode: artifacts.proxy.bytecode,
      args: [implementation, initialize],
    }),
    what,
  );
}

/** The simulator's electorate as an ERC20Votes token on a block-number clock (TokenVoting reads past blocks). */
export async function deployToken(chain: Chain, electorate: GeneratedElectorate): Promise<Address> {
  const holders: Address[] = electorate.holders.map((_, index) => holderAddress(index));
  const balances = electorate.holders.map((holder) => holder.balance);
  const delegated = electorate.holders.map((holder) => holder.active);
  let held = 0n;
  for (const balance of balances) held += balance;
  if (held < electorate.supply) {
    holders.push(chain.deployer);
    balances.push(electorate.supply - held);
    delegated.push(false);
  }
  const address = await deploy(
    chain,
    encodeDeployData({
      abi: charterVotesTokenArtifact.abi,
      bytecode: charterVotesTokenArtifact.bytecode as Hex,
      args: ['Charter verify', 'CV', false, holders, balances, delegated],
    }),
    'the ERC20Votes token',
  );
  // TokenVoting reads the supply at block.number - 1: the token's checkpoints must be in a mined block before it.
  await chain.mine();
  return address;
}

/** What a plugin's replay works with: the chain, the compiled contracts, the DAO mock and the rules. */
export interface Context {
  chain: Chain;
  artifacts: AragonArtifacts;
  dao: Address;
  config: CharterConfig;
  options: VerifierOptions;
}

/** How many times the DAO mock executed the call id `proposalId`. */
export async function executedByDao(context: Context, proposalId: bigint): Promise<bigint> {
  return (await read(context.chain, context.artifacts.dao.abi, context.dao, 'executions', [
    pad(toHex(proposalId)),
  ])) as bigint;
}

/** A check of the unit (`scenario` 0) or of a sample proposal, with the first field where the two sides differ. */
export function compare(
  scenario: number,
  summary: string,
  simulator: Record<string, string>,
  real: Record<string, string>,
): ScenarioVerdict {
  const field = Object.keys(simulator).find((name) => simulator[name] !== real[name]);
  return field === undefined
    ? { scenario, summary }
    : { scenario, summary, mismatch: { field, simulator: simulator[field]!, real: real[field]! } };
}
