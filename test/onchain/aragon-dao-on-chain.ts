// An Aragon OSx 1.3.0 DAO built on a local node the way Aragon's own DAOFactory does, from npm @aragon/osx@1.3.0's
// contracts: the DAO behind a proxy, a PluginRepo per plugin holding its real setup, and the real
// PluginSetupProcessor, which prepares each install from the data Charter's Aragon target emits and applies it
// (InstallationPrepared, then InstallationApplied). Only the PluginRepoRegistry is a stub (it answers entries() true):
// the real one registers repositories under ENS.
import {
  type Abi,
  type Address,
  decodeEventLog,
  encodeAbiParameters,
  encodeDeployData,
  encodeFunctionData,
  getAddress,
  type Hex,
  keccak256,
  parseUnits,
  toHex,
  zeroAddress,
} from 'viem';
import { charterVotesTokenArtifact } from '../../compiler/generated/openzeppelin-contracts.ts';
import { aragonFrameworkArtifacts } from './aragon-framework-artifacts.ts';
import type { ServedChain } from './serve-chain.ts';

const root = keccak256(toHex('ROOT_PERMISSION'));
const applyInstallation = keccak256(toHex('APPLY_INSTALLATION_PERMISSION'));

interface Receipt {
  status: Hex;
  contractAddress: Address | null;
  logs: { address: Address; topics: [Hex, ...Hex[]]; data: Hex }[];
}

/** A DAO and the framework around it, with a way to install plugins through the PluginSetupProcessor. */
export interface AragonDao {
  dao: Address;
  psp: Address;
  deployer: Address;
  /** Repositories by plugin, each with its setup as release 1 build 1. */
  repos: Record<'token-voting' | 'multisig' | 'addresslist-voting', Address>;
  /** Prepares and applies an install with `data` (a setup's prepareInstallation `_data`); gives the plugin. */
  install(plugin: keyof AragonDao['repos'], data: Hex): Promise<Address>;
  /** Sends a call from the deployer, which holds ROOT on the DAO until it revokes it. */
  call(to: Address, abi: Abi, functionName: string, args: unknown[]): Promise<Receipt>;
  /** Revokes ROOT_PERMISSION from the PluginSetupProcessor and the deployer, as DAOFactory does once it is done. */
  handOver(): Promise<void>;
}

/** Deploys Aragon OSx's framework and a fresh DAO on `chain`. */
export async function deployAragonDao(chain: ServedChain): Promise<AragonDao> {
  const artifacts = aragonFrameworkArtifacts();
  const deployer = getAddress(((await chain.request('eth_accounts')) as Address[])[0]!);
  const send = async (data: Hex, to?: Address): Promise<Receipt> => {
    const hash = (await chain.request('eth_sendTransaction', [
      { from: deployer, ...(to ? { to } : {}), data, gas: '0x3b9aca00', gasPrice: '0x0' },
    ])) as Hex;
    const receipt = (await chain.request('eth_getTransactionReceipt', [hash])) as Receipt;
    if (receipt.status !== '0x1') throw new Error(`transaction ${to ? `to ${to}` : 'deploying'} reverted`);
    return receipt;
  };
  const deploy = async (artifact: { abi: Abi; bytecode: Hex }, args: unknown[] = []) =>
    getAddress((await send(encodeDeployData({ ...artifact, args } as never))).contractAddress!);
  const behindProxy = async (artifact: { abi: Abi; bytecode: Hex }, initialize: unknown[]) =>
    deploy(artifacts.proxy, [
      await deploy(artifact),
      encodeFunctionData({ abi: artifact.abi, functionName: 'initialize', args: initialize }),
    ]);
  const call = (to: Address, abi: Abi, functionName: string, args: unknown[]) =>
    send(encodeFunctionData({ abi, functionName, args }), to);

  const registry = await deploy(artifacts.registry);
  const psp = await deploy(artifacts.psp, [registry]);
  const governanceErc20 = await deploy(artifacts.governanceErc20, [
    zeroAddress,
    '',
    '',
    { receivers: [], amounts: [] },
  ]);
  const governanceWrappedErc20 = await deploy(artifacts.governanceWrappedErc20, [governanceErc20, '', '']);
  const setups = {
    'token-voting': await deploy(artifacts.tokenVotingSetup, [governanceErc20, governanceWrappedErc20]),
    multisig: await deploy(artifacts.multisigSetup),
    'addresslist-voting': await deploy(artifacts.addresslistVotingSetup),
  };
  const repos = {} as AragonDao['repos'];
  for (const [plugin, setup] of Object.entries(setups) as [keyof AragonDao['repos'], Address][]) {
    const repo = await behindProxy(artifacts.repo, [deployer]);
    await call(repo, artifacts.repo.abi, 'createVersion', [1, setup, '0x01', '0x01']);
    repos[plugin] = repo;
  }
  const dao = await behindProxy(artifacts.dao, ['0x', deployer, zeroAddress, '']);
  await call(dao, artifacts.dao.abi, 'grant', [dao, psp, root]);
  await call(dao, artifacts.dao.abi, 'grant', [psp, deployer, applyInstallation]);

  return {
    dao,
    psp,
    deployer,
    repos,
    call,
    async install(plugin, data) {
      const pluginSetupRef = { versionTag: { release: 1, build: 1 }, pluginSetupRepo: repos[plugin] };
      const prepared = await call(psp, artifacts.psp.abi, 'prepareInstallation', [
        dao,
        { pluginSetupRef, data },
      ]);
      const event = prepared.logs
        .filter((log) => getAddress(log.address) === psp)
        .map((log) => decodeEventLog({ abi: artifacts.psp.abi, ...log }))
        .find((decoded) => decoded.eventName === 'InstallationPrepared')!;
      const { plugin: installed, preparedSetupData } = event.args as unknown as {
        plugin: Address;
        preparedSetupData: { helpers: readonly Address[]; permissions: readonly unknown[] };
      };
      await call(psp, artifacts.psp.abi, 'applyInstallation', [
        dao,
        {
          pluginSetupRef,
          plugin: installed,
          permissions: preparedSetupData.permissions,
          helpersHash: keccak256(encodeAbiParameters([{ type: 'address[]' }], [preparedSetupData.helpers])),
        },
      ]);
      return getAddress(installed);
    },
    async handOver() {
      await call(dao, artifacts.dao.abi, 'revoke', [dao, psp, root]);
      await call(dao, artifacts.dao.abi, 'revoke', [dao, deployer, root]);
    },
  };
}

/** An ERC20Votes token (OpenZeppelin 5, block-number clock) whose whole `supply` the deployer holds, self-delegated. */
export async function deployVotesToken(
  chain: ServedChain,
  token: { name: string; symbol: string; totalSupply: string },
): Promise<Address> {
  const deployer = getAddress(((await chain.request('eth_accounts')) as Address[])[0]!);
  const hash = (await chain.request('eth_sendTransaction', [
    {
      from: deployer,
      data: encodeDeployData({
        abi: charterVotesTokenArtifact.abi,
        bytecode: charterVotesTokenArtifact.bytecode as Hex,
        args: [token.name, token.symbol, false, [deployer], [parseUnits(token.totalSupply, 18)], [true]],
      }),
      gas: '0x3b9aca00',
      gasPrice: '0x0',
    },
  ])) as Hex;
  const receipt = (await chain.request('eth_getTransactionReceipt', [hash])) as Receipt;
  return getAddress(receipt.contractAddress!);
}

/**
 * Aragon's own GovernanceERC20 (osx v1.3.0 token/ERC20/governance/), the deployer holding the whole `supply`: a token
 * TokenVotingSetup 1.3.0 uses as it is, since it answers ERC-165 for IVotesUpgradeable. (It wraps any token that does
 * not, OpenZeppelin 5's ERC20Votes included, whatever functions the token has.)
 */
export async function deployGovernanceToken(
  chain: ServedChain,
  token: { name: string; symbol: string; totalSupply: string },
): Promise<Address> {
  const artifact = aragonFrameworkArtifacts().governanceErc20;
  const deployer = getAddress(((await chain.request('eth_accounts')) as Address[])[0]!);
  const hash = (await chain.request('eth_sendTransaction', [
    {
      from: deployer,
      data: encodeDeployData({
        abi: artifact.abi,
        bytecode: artifact.bytecode,
        args: [
          zeroAddress,
          token.name,
          token.symbol,
          { receivers: [deployer], amounts: [parseUnits(token.totalSupply, 18)] },
        ],
      }),
      gas: '0x3b9aca00',
      gasPrice: '0x0',
    },
  ])) as Hex;
  const receipt = (await chain.request('eth_getTransactionReceipt', [hash])) as Receipt;
  return getAddress(receipt.contractAddress!);
}
