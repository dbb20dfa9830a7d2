import { type Address, getAddress, parseAbi, zeroAddress } from 'viem';
import { type ChainReader, type ContractReader, contractReader } from './contract-reader.ts';
import type { GovernorFacts, QuorumFact, TokenFacts } from './governor-facts.ts';
import { GovernorReadError } from './governor-read-error.ts';
import { readBlockTime } from './read-block-time.ts';
import { readCompoundTimelock } from './read-compound-timelock.ts';
import { readTimelockController } from './read-timelock-controller.ts';
import { readTokenFacts } from './read-token-facts.ts';

export type { ChainReader } from './contract-reader.ts';
export { GovernorReadError } from './governor-read-error.ts';

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
  'function supportThreshold() view returns (uint256 numerator, uint256 denominator)',
  'function cancellers() view returns (address[])',
  'function forRule() view returns (uint256 threshold, uint256 margin, bool applies)',
  'function gracePeriod() view returns (uint256)',
  'function quorumRules() view returns ((bool delegated, address[] excluded, uint256 minimum, uint256 maximum))',
]);

// Compound's Timelock answers GRACE_PERIOD(); OpenZeppelin's TimelockController does not.
const gracePeriodAbi = parseAbi(['function GRACE_PERIOD() view returns (uint256)']);

// GovernorBravoDelegate (compound-finance/compound-protocol; Uniswap's governor is the same with `uni()`).
const bravoAbi = parseAbi([
  'function quorumVotes() view returns (uint256)',
  'function comp() view returns (address)',
  'function uni() view returns (address)',
  'function token() view returns (address)',
  'function admin() view returns (address)',
  'function guardian() view returns (address)',
]);

/** Where to start reading the timelock's role events, and how many recent blocks to measure a block time over. */
export interface ReadGovernorOptions {
  fromBlock?: bigint;
  measureBlocks?: bigint;
  /** Seconds per block to use instead of the known or measured figure. */
  blockSeconds?: number;
}

/** What both families share, read once. */
interface Common {
  reader: ContractReader;
  governor: Address;
  votingDelay: bigint;
  votingPeriod: bigint;
  proposalThreshold: bigint;
}

type FamilyFacts = Omit<GovernorFacts, 'chainId' | 'address' | 'name' | 'blockTime'>;

/**
 * Reads a Governor through its getters: an OpenZeppelin Governor (it answers COUNTING_MODE()) with its optional
 * modules (late quorum, super quorum, a quorum fraction, a TimelockController and its role holders), or Compound's
 * Governor Bravo (it answers quorumVotes() instead) with its Compound Timelock. Its token's metadata comes with
 * either. A getter an optional module would have is left out when it reverts; a required one that reverts means the
 * address is not such a Governor, and a GovernorReadError names the getter.
 */
export async function readGovernorFacts(
  client: ChainReader,
  address: Address,
  options: ReadGovernorOptions = {},
): Promise<GovernorFacts> {
  const governor = getAddress(address);
  const reader = contractReader(client);
  const chainId = await client.getChainId();
  const required = <T>(functionName: string) =>
    reader.required<T>(governorAbi, governor, functionName, 'The Governor');
  const [name, countingMode, quorumVotes] = await Promise.all([
    required<string>('name'),
    reader.optional<string>(governorAbi, governor, 'COUNTING_MODE'),
    reader.optional<bigint>(bravoAbi, governor, 'quorumVotes'),
  ]);
  if (countingMode === undefined && quorumVotes === undefined)
    throw new GovernorReadError(
      `The Governor at ${governor} has no COUNTING_MODE() (an OpenZeppelin Governor has it) and no quorumVotes() (a Governor Bravo has it)`,
      undefined,
    );
  const [votingDelay, votingPeriod, proposalThreshold] = await Promise.all([
    required<bigint>('votingDelay'),
    required<bigint>('votingPeriod'),
    required<bigint>('proposalThreshold'),
  ]);
  const common: Common = { reader, governor, votingDelay, votingPeriod, proposalThreshold };
  const family =
    countingMode !== undefined
      ? await readOpenZeppelin(client, common, countingMode, options.fromBlock ?? 0n)
      : await readBravo(common, quorumVotes!);
  return {
    chainId,
    address: governor,
    name,
    ...family,
    blockTime: await readBlockTime(client, chainId, options),
  };
}

async function readOpenZeppelin(
  client: ChainReader,
  { reader, governor, votingDelay, votingPeriod, proposalThreshold }: Common,
  countingMode: string,
  fromBlock: bigint,
): Promise<FamilyFacts> {
  const optional = <T>(functionName: string, args: unknown[] = []) =>
    reader.optional<T>(governorAbi, governor, functionName, args);
  const [clockText, tokenAddress] = await Promise.all([
    optional<string>('CLOCK_MODE'),
    reader.required<Address>(governorAbi, governor, 'token', 'The Governor'),
  ]);
  const [
    quorum,
    superQuorumNumerator,
    lateQuorumVoteExtension,
    timelockAddress,
    support,
    forRule,
    grace,
    rules,
  ] = await Promise.all([
    readQuorum(),
    optional<bigint>('superQuorumNumerator'),
    optional<number | bigint>('lateQuorumVoteExtension'),
    optional<Address>('timelock'),
    optional<readonly [bigint, bigint]>('supportThreshold'),
    optional<readonly [bigint, bigint, boolean]>('forRule'),
    optional<bigint>('gracePeriod'),
    optional<{ delegated: boolean; excluded: readonly Address[]; minimum: bigint; maximum: bigint }>(
      'quorumRules',
    ),
  ]);
  const facts: FamilyFacts = {
    family: 'openzeppelin',
    countingMode,
    clockMode: clockText?.includes('mode=timestamp') ? 'timestamp' : 'blocknumber',
    votingDelay,
    votingPeriod,
    proposalThreshold,
    quorum,
    token: await readVotesToken(reader, getAddress(tokenAddress)),
  };
  if (superQuorumNumerator !== undefined) {
    facts.superQuorumNumerator = superQuorumNumerator;
    // Beside a fixed quorum, the super quorum's share is still over quorumDenominator().
    if (quorum.kind === 'fixed') {
      const denominator = await optional<bigint>('quorumDenominator');
      if (denominator !== undefined) facts.superQuorumDenominator = denominator;
    }
  }
  if (support !== undefined) facts.supportThreshold = { numerator: support[0], denominator: support[1] };
  // CharterCounting's For threshold (0: none, as the support threshold already needs For > 0) and margin.
  if (forRule !== undefined && forRule[0] > 0n) facts.forThreshold = forRule[0];
  if (forRule?.[2] === true) facts.forMargin = forRule[1];
  if (grace !== undefined && grace > 0n) facts.governorGracePeriod = grace;
  if (rules !== undefined)
    facts.quorumRules = { ...rules, excluded: rules.excluded.map((account) => getAddress(account)) };
  if (lateQuorumVoteExtension !== undefined) facts.lateQuorumVoteExtension = BigInt(lateQuorumVoteExtension);
  if (timelockAddress) {
    const at = getAddress(timelockAddress);
    // GovernorTimelockCompound's timelock is Compound's (it answers GRACE_PERIOD()); GovernorTimelockControl's a
    // TimelockController.
    const compound = (await reader.optional<bigint>(gracePeriodAbi, at, 'GRACE_PERIOD')) !== undefined;
    if (compound) {
      facts.timelock = await readCompoundTimelock(reader, at);
      const cancellers = await optional<readonly Address[]>('cancellers');
      if (cancellers !== undefined)
        facts.governorCancellers = cancellers.map((account) => getAddress(account));
    } else facts.timelock = await readTimelockController(client, reader, at, fromBlock);
  }
  return facts;

  async function readQuorum(): Promise<QuorumFact> {
    const [numerator, denominator] = await Promise.all([
      optional<bigint>('quorumNumerator'),
      optional<bigint>('quorumDenominator'),
    ]);
    if (numerator !== undefined && denominator !== undefined)
      return { kind: 'fraction', numerator, denominator };
    const now = await reader.required<number | bigint>(governorAbi, governor, 'clock', 'The Governor');
    const baseUnits = await reader.read<bigint>(governorAbi, governor, 'quorum', [BigInt(now) - 1n]);
    return { kind: 'fixed', baseUnits };
  }
}

const adapterAbi = parseAbi([
  'function token() view returns (address)',
  'function name() view returns (string)',
]);

/**
 * The token an OpenZeppelin Governor counts. When its token() is CharterCompVotes (no ERC-20 name(), but a token() of
 * its own), the token read is the Compound-style one behind it, whose getPriorVotes the adapter reads.
 */
async function readVotesToken(reader: ContractReader, at: Address): Promise<TokenFacts> {
  const [name, behind] = await Promise.all([
    reader.optional<string>(adapterAbi, at, 'name'),
    reader.optional<Address>(adapterAbi, at, 'token'),
  ]);
  return readTokenFacts(reader, name === undefined && behind !== undefined ? getAddress(behind) : at);
}

/**
 * Governor Bravo's and GovernorAlpha's rules are fixed in their code, not in modules: For must exceed Against and reach
 * quorumVotes() alone (`state()`: Defeated when `forVotes <= againstVotes || forVotes < quorumVotes()`), votes count
 * in blocks, and the Compound Timelock has a grace period. The token getter is named after the token: comp(), uni(),
 * or token(). Bravo is upgradeable and has an admin(); Alpha has none, and Compound's has a guardian().
 */
async function readBravo(
  { reader, governor, votingDelay, votingPeriod, proposalThreshold }: Common,
  quorumVotes: bigint,
): Promise<FamilyFacts> {
  const getters = ['comp', 'uni', 'token'] as const;
  const tokens = await Promise.all(
    getters.map((getter) => reader.optional<Address>(bravoAbi, governor, getter)),
  );
  const tokenAddress = tokens.find((found) => found !== undefined);
  if (tokenAddress === undefined)
    throw new GovernorReadError(
      `The Governor Bravo at ${governor} has no comp(), uni() or token(): Charter cannot tell which token votes`,
      undefined,
    );
  const [timelockAddress, admin, guardian] = await Promise.all([
    reader.required<Address>(governorAbi, governor, 'timelock', 'The Governor'),
    reader.optional<Address>(bravoAbi, governor, 'admin'),
    reader.optional<Address>(bravoAbi, governor, 'guardian'),
  ]);
  return {
    family: admin === undefined ? 'alpha' : 'bravo',
    ...(guardian === undefined || guardian === zeroAddress ? {} : { guardian: getAddress(guardian) }),
    countingMode: 'support=bravo&quorum=for',
    clockMode: 'blocknumber',
    votingDelay,
    votingPeriod,
    proposalThreshold,
    quorum: { kind: 'fixed', baseUnits: quorumVotes },
    token: await readTokenFacts(reader, getAddress(tokenAddress)),
    timelock: await readCompoundTimelock(reader, getAddress(timelockAddress)),
  };
}
