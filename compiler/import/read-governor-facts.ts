import {
  type Abi,
  type Address,
  BaseError,
  ContractFunctionRevertedError,
  ContractFunctionZeroDataError,
  getAddress,
  type Hex,
  type PublicClient,
  parseAbi,
} from 'viem';
import { CharterError } from '../errors/charter-error.ts';
import type {
  BlockTimeFact,
  GovernorFacts,
  QuorumFact,
  TimelockFacts,
  TokenFacts,
} from './governor-facts.ts';
import { knownBlockSeconds } from './known-block-times.ts';

/** The part of viem's public client the importer reads through. */
export type ChainReader = Pick<PublicClient, 'readContract' | 'getLogs' | 'getChainId' | 'getBlock'>;

const governorAbi = parseAbi([
  'function name() view returns (string)',
  'function COUNTING_MODE() view returns (string)',
  'function CLOCK_MODE() view returns (string)',
  'function clock() view returns (uint48)',
  'function token() view returns (address)',
  'function votingDelay() view returns (uint256)',
  'function votingPeriod() view returns (uint256)',
  'function proposalThreshold() view returns (uint256)',
  'function quorumNumerator() view returns (uint256)',
  'function quorumDenominator() view returns (uint256)',
  'function quorum(uint256 timepoint) view returns (uint256)',
  'function superQuorumNumerator() view returns (uint256)',
  'function lateQuorumVoteExtension() view returns (uint48)',
  'function timelock() view returns (address)',
]);

const tokenAbi = parseAbi([
  'function name() view returns (string)',
  'function symbol() view returns (string)',
  'function decimals() view returns (uint8)',
  'function totalSupply() view returns (uint256)',
]);

const timelockAbi = parseAbi([
  'function getMinDelay() view returns (uint256)',
  'function PROPOSER_ROLE() view returns (bytes32)',
  'function EXECUTOR_ROLE() view returns (bytes32)',
  'function CANCELLER_ROLE() view returns (bytes32)',
  'function DEFAULT_ADMIN_ROLE() view returns (bytes32)',
  'event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)',
  'event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)',
]);

/** Where to start reading the timelock's role events, and how many recent blocks to measure a block time over. */
export interface ReadGovernorOptions {
  fromBlock?: bigint;
  measureBlocks?: bigint;
  /** Seconds per block to use instead of the known or measured figure. */
  blockSeconds?: number;
}

/** A getter the contract does not have (or that reverts): the module is absent. Network failures are not this. */
function isAbsent(error: unknown): boolean {
  if (!(error instanceof BaseError)) return false;
  return (
    error.walk(
      (cause) =>
        cause instanceof ContractFunctionRevertedError || cause instanceof ContractFunctionZeroDataError,
    ) !== null || /revert/i.test(error.message)
  );
}

/**
 * Reads an OpenZeppelin Governor's settings through its getters, its token's metadata, and its TimelockController's
 * delay and role holders (from RoleGranted/RoleRevoked in order). Optional modules (late quorum, super quorum, the
 * timelock, a quorum fraction) are read when their getter answers and left out when it reverts; a required getter
 * that reverts means the address is not such a Governor, and that error is thrown with the getter's name.
 */
export async function readGovernorFacts(
  client: ChainReader,
  address: Address,
  options: ReadGovernorOptions = {},
): Promise<GovernorFacts> {
  const governor = getAddress(address);
  const read = <T>(abi: Abi, to: Address, functionName: string, args: unknown[] = []) =>
    client.readContract({ abi, address: to, functionName, args } as never) as Promise<T>;
  const optional = async <T>(abi: Abi, to: Address, functionName: string, args: unknown[] = []) => {
    try {
      return await read<T>(abi, to, functionName, args);
    } catch (error) {
      if (isAbsent(error)) return undefined;
      throw error;
    }
  };
  const required = async <T>(abi: Abi, to: Address, functionName: string, what: string) => {
    try {
      return await read<T>(abi, to, functionName);
    } catch (error) {
      if (isAbsent(error)) throw new GovernorReadError(`${what} at ${to} has no ${functionName}()`, error);
      throw error;
    }
  };

  const chainId = await client.getChainId();
  const [name, countingMode, clockText, tokenAddress, votingDelay, votingPeriod, proposalThreshold] =
    await Promise.all([
      required<string>(governorAbi, governor, 'name', 'The Governor'),
      required<string>(governorAbi, governor, 'COUNTING_MODE', 'The Governor'),
      optional<string>(governorAbi, governor, 'CLOCK_MODE'),
      required<Address>(governorAbi, governor, 'token', 'The Governor'),
      required<bigint>(governorAbi, governor, 'votingDelay', 'The Governor'),
      required<bigint>(governorAbi, governor, 'votingPeriod', 'The Governor'),
      required<bigint>(governorAbi, governor, 'proposalThreshold', 'The Governor'),
    ]);
  const clockMode = clockText?.includes('mode=timestamp') ? 'timestamp' : 'blocknumber';
  const quorum = await readQuorum();
  const [superQuorumNumerator, lateQuorumVoteExtension, timelockAddress] = await Promise.all([
    optional<bigint>(governorAbi, governor, 'superQuorumNumerator'),
    optional<number | bigint>(governorAbi, governor, 'lateQuorumVoteExtension'),
    optional<Address>(governorAbi, governor, 'timelock'),
  ]);
  const token = await readToken(getAddress(tokenAddress));
  const timelock = timelockAddress ? await readTimelock(getAddress(timelockAddress)) : undefined;
  const facts: GovernorFacts = {
    chainId,
    address: governor,
    name,
    countingMode,
    clockMode,
    votingDelay,
    votingPeriod,
    proposalThreshold,
    quorum,
    token,
    blockTime: await blockTime(),
  };
  if (superQuorumNumerator !== undefined) facts.superQuorumNumerator = superQuorumNumerator;
  if (lateQuorumVoteExtension !== undefined) facts.lateQuorumVoteExtension = BigInt(lateQuorumVoteExtension);
  if (timelock) facts.timelock = timelock;
  return facts;

  async function readQuorum(): Promise<QuorumFact> {
    const [numerator, denominator] = await Promise.all([
      optional<bigint>(governorAbi, governor, 'quorumNumerator'),
      optional<bigint>(governorAbi, governor, 'quorumDenominator'),
    ]);
    if (numerator !== undefined && denominator !== undefined)
      return { kind: 'fraction', numerator, denominator };
    const now = await required<number | bigint>(governorAbi, governor, 'clock', 'The Governor');
    const baseUnits = await read<bigint>(governorAbi, governor, 'quorum', [BigInt(now) - 1n]);
    return { kind: 'fixed', baseUnits };
  }

  async function readToken(at: Address): Promise<TokenFacts> {
    const [tokenName, symbol, decimals, totalSupply] = await Promise.all([
      required<string>(tokenAbi, at, 'name', 'The token'),
      required<string>(tokenAbi, at, 'symbol', 'The token'),
      required<number>(tokenAbi, at, 'decimals', 'The token'),
      required<bigint>(tokenAbi, at, 'totalSupply', 'The token'),
    ]);
    return { address: at, name: tokenName, symbol, decimals: Number(decimals), totalSupply };
  }

  async function readTimelock(at: Address): Promise<TimelockFacts> {
    const [minDelay, proposer, executor, canceller, admin] = await Promise.all([
      required<bigint>(timelockAbi, at, 'getMinDelay', 'The timelock'),
      required<Hex>(timelockAbi, at, 'PROPOSER_ROLE', 'The timelock'),
      required<Hex>(timelockAbi, at, 'EXECUTOR_ROLE', 'The timelock'),
      required<Hex>(timelockAbi, at, 'CANCELLER_ROLE', 'The timelock'),
      required<Hex>(timelockAbi, at, 'DEFAULT_ADMIN_ROLE', 'The timelock'),
    ]);
    const logs = await client.getLogs({
      address: at,
      events: timelockAbi.filter((item) => item.type === 'event'),
      fromBlock: options.fromBlock ?? 0n,
      toBlock: 'latest',
    });
    const ordered = [...logs].sort((a, b) =>
      a.blockNumber === b.blockNumber
        ? (a.logIndex ?? 0) - (b.logIndex ?? 0)
        : (a.blockNumber ?? 0n) < (b.blockNumber ?? 0n)
          ? -1
          : 1,
    );
    const holders = new Map<Hex, Set<Address>>();
    for (const log of ordered) {
      const { role, account } = log.args as { role: Hex; account: Address };
      const set = holders.get(role) ?? new Set<Address>();
      if (log.eventName === 'RoleGranted') set.add(getAddress(account));
      else set.delete(getAddress(account));
      holders.set(role, set);
    }
    const of = (role: Hex) => [...(holders.get(role) ?? [])];
    return {
      address: at,
      minDelay,
      proposers: of(proposer),
      executors: of(executor),
      cancellers: of(canceller),
      admins: of(admin),
    };
  }

  async function blockTime(): Promise<BlockTimeFact> {
    if (options.blockSeconds !== undefined) return { seconds: options.blockSeconds, source: 'given' };
    const known = knownBlockSeconds(chainId);
    if (known !== undefined) return { seconds: known, source: 'known' };
    const head = await client.getBlock({ blockTag: 'latest' });
    const span =
      head.number < (options.measureBlocks ?? 1000n) ? head.number : (options.measureBlocks ?? 1000n);
    if (span === 0n)
      throw new GovernorReadError(
        `Chain ${chainId} has no block time Charter knows and too few blocks to measure one; give the seconds per block.`,
        undefined,
      );
    const start = await client.getBlock({ blockNumber: head.number - span });
    const seconds = Number(head.timestamp - start.timestamp) / Number(span);
    return {
      seconds: Math.max(0.01, Math.round(seconds * 100) / 100),
      source: 'measured',
      blocks: { from: start.number, to: head.number },
    };
  }
}

/** The address does not answer as an OpenZeppelin Governor (or its token or timelock as theirs). */
export class GovernorReadError extends CharterError {
  override name = 'GovernorReadError';
  constructor(message: string, cause: unknown) {
    super(message, { cause });
  }
}
