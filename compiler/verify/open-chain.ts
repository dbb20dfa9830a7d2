import type { Address, Hex } from 'viem';
import { CharterError } from '../errors/charter-error.ts';

/** A transaction's result as the replay reads it. */
export interface ChainReceipt {
  status: 'success' | 'reverted';
  /** Present for a contract creation. */
  contractAddress: Address | null;
  gasUsed: bigint;
}

/** The newest block: its number and timestamp (seconds). */
export interface ChainHead {
  number: bigint;
  timestamp: bigint;
}

/**
 * An in-process EVM (Hardhat 3's EDR, cancun) that mines only when told to, with a base fee of 0 so that any
 * impersonated account can send transactions without holding ether.
 */
export interface Chain {
  /** An account holding ether, the deployer. */
  deployer: Address;
  /** Queues a transaction from `from` for the next mined block; gives its hash. */
  send(tx: { from: Address; to?: Address; data: Hex; value?: bigint; gas?: bigint }): Promise<Hex>;
  receipt(hash: Hex): Promise<ChainReceipt>;
  /** eth_call against the newest block. */
  call(to: Address, data: Hex): Promise<Hex>;
  /** Mines one block, with the queued transactions, at `timestamp` (seconds) or one second after the head. */
  mine(timestamp?: bigint): Promise<void>;
  /** Mines `blocks` empty blocks `interval` seconds apart. */
  mineEmpty(blocks: bigint, interval: bigint): Promise<void>;
  head(): Promise<ChainHead>;
  /** Lets transactions be sent from `address` without its key (asked of the chain once per address). */
  impersonate(address: Address): Promise<void>;
  setBalance(address: Address, wei: bigint): Promise<void>;
  /** Wei held by `address`. */
  balance(address: Address): Promise<bigint>;
  /** How many transactions `address` has sent: the nonce of its next one. */
  nonce(address: Address): Promise<number>;
  /** The runtime code at `address` (0x when none). */
  code(address: Address): Promise<Hex>;
  /** Puts runtime `code` at `address`, as if a contract had been deployed there. */
  setCode(address: Address, code: Hex): Promise<void>;
  /** The logs `address` emitted with `topic` first, in blocks `fromBlock` to the newest, in order. */
  logs(filter: { address: Address; topic: Hex; fromBlock: bigint }): Promise<ChainLog[]>;
  /** Marks the chain as it is now (blocks, state and time); {@link Chain.revert} goes back to it, once. */
  snapshot(): Promise<Hex>;
  /** Goes back to the chain as it was at `snapshot`: later blocks, and what they did, are gone. */
  revert(snapshot: Hex): Promise<void>;
  close(): Promise<void>;
}

/** One log as the replay reads it. */
export interface ChainLog {
  topics: Hex[];
  data: Hex;
  blockNumber: bigint;
}

const hex = (value: bigint | number) => `0x${value.toString(16)}`;

/**
 * Starts an in-process EDR network and wraps it as a {@link Chain}. Hardhat is imported here, dynamically, so that
 * nothing the library or the app loads ever pulls it in. Throws a {@link CharterError} when Hardhat or EDR's native
 * binary cannot be loaded (EDR 0.22 needs Node 22 or later at install time).
 */
export async function openChain(): Promise<Chain> {
  let connection: {
    provider: { request(args: { method: string; params?: unknown[] }): Promise<unknown> };
  } & {
    close(): Promise<void>;
  };
  try {
    const { createHardhatRuntimeEnvironment } = await import('hardhat/hre');
    const hre = await createHardhatRuntimeEnvironment({
      networks: {
        verify: {
          type: 'edr-simulated',
          chainType: 'l1',
          hardfork: 'cancun',
          initialBaseFeePerGas: 0,
          blockGasLimit: 1_000_000_000,
          allowBlocksWithSameTimestamp: false,
          throwOnTransactionFailures: false,
          throwOnCallFailures: false,
          initialDate: '2030-01-01T00:00:00Z',
          mining: { auto: false },
        },
      },
    });
    connection = (await hre.network.connect({ network: 'verify' })) as never;
  } catch (error) {
    throw new CharterError('Could not start the in-process EVM (Hardhat EDR).', {
      details: [
        'Install the dependencies with Node 22 or later, so that npm installs EDR’s native binary.',
        (error as Error).message,
      ],
      cause: error,
    });
  }
  const request = (method: string, params: unknown[] = []) =>
    connection.provider.request({ method, params }) as Promise<never>;
  const [deployer] = (await request('eth_accounts')) as Address[];
  // Impersonation outlives blocks and reverts: each address is asked for once, not before every transaction it sends.
  const impersonated = new Set<string>();
  return {
    deployer: deployer!,
    send: (tx) =>
      request('eth_sendTransaction', [
        {
          from: tx.from,
          ...(tx.to === undefined ? {} : { to: tx.to }),
          data: tx.data,
          value: hex(tx.value ?? 0n),
          gas: hex(tx.gas ?? 3_000_000n),
          gasPrice: '0x0',
        },
      ]),
    async receipt(hash) {
      const receipt = (await request('eth_getTransactionReceipt', [hash])) as {
        status: Hex;
        contractAddress: Address | null;
        gasUsed: Hex;
      } | null;
      if (receipt === null) throw new CharterError(`Transaction ${hash} was not mined.`);
      return {
        status: receipt.status === '0x1' ? 'success' : 'reverted',
        contractAddress: receipt.contractAddress,
        gasUsed: BigInt(receipt.gasUsed),
      };
    },
    call: (to, data) => request('eth_call', [{ to, data }, 'latest']),
    async mine(timestamp) {
      await request('evm_mine', timestamp === undefined ? [] : [Number(timestamp)]);
    },
    async mineEmpty(blocks, interval) {
      if (blocks > 0n) await request('hardhat_mine', [hex(blocks), hex(interval)]);
    },
    async head() {
      const block = (await request('eth_getBlockByNumber', ['latest', false])) as {
        number: Hex;
        timestamp: Hex;
      };
      return { number: BigInt(block.number), timestamp: BigInt(block.timestamp) };
    },
    async impersonate(address) {
      const key = address.toLowerCase();
      if (impersonated.has(key)) return;
      await request('hardhat_impersonateAccount', [address]);
      impersonated.add(key);
    },
    async setBalance(address, wei) {
      await request('hardhat_setBalance', [address, hex(wei)]);
    },
    balance: async (address) => BigInt((await request('eth_getBalance', [address, 'latest'])) as Hex),
    nonce: async (address) => Number((await request('eth_getTransactionCount', [address, 'latest'])) as Hex),
    code: (address) => request('eth_getCode', [address, 'latest']),
    async setCode(address, code) {
      await request('hardhat_setCode', [address, code]);
    },
    async logs({ address, topic, fromBlock }) {
      const found = (await request('eth_getLogs', [
        { address, topics: [topic], fromBlock: hex(fromBlock), toBlock: 'latest' },
      ])) as { topics: Hex[]; data: Hex; blockNumber: Hex }[];
      return found.map((log) => ({
        topics: log.topics,
        data: log.data,
        blockNumber: BigInt(log.blockNumber),
      }));
    },
    snapshot: () => request('evm_snapshot'),
    async revert(snapshot) {
      if (!(await request('evm_revert', [snapshot])))
        throw new CharterError(`The in-process EVM could not go back to snapshot ${snapshot}.`);
    },
    close: () => connection.close(),
  };
}
