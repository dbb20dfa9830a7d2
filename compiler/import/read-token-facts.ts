import { type Address, parseAbi, zeroAddress } from 'viem';
import type { ContractReader } from './contract-reader.ts';
import type { TokenFacts } from './governor-facts.ts';
import { GovernorReadError } from './governor-read-error.ts';

const tokenAbi = parseAbi([
  'function name() view returns (string)',
  'function symbol() view returns (string)',
  'function decimals() view returns (uint8)',
  'function totalSupply() view returns (uint256)',
  'function getPastVotes(address account, uint256 timepoint) view returns (uint256)',
  'function getPriorVotes(address account, uint256 blockNumber) view returns (uint96)',
]);

/**
 * The ERC-20 metadata and supply of the token a Governor counts, and how its delegated votes are read: asked for the
 * votes of the zero address at timepoint 0 (a past block or second on any chain), an ERC20Votes token answers
 * getPastVotes; a Compound-style token (Comp.sol, Uni.sol) has none and answers getPriorVotes. A token answering
 * neither is refused: Charter cannot tell how its votes are counted.
 */
export async function readTokenFacts(reader: ContractReader, at: Address): Promise<TokenFacts> {
  const [name, symbol, decimals, totalSupply, pastVotes] = await Promise.all([
    reader.required<string>(tokenAbi, at, 'name', 'The token'),
    reader.required<string>(tokenAbi, at, 'symbol', 'The token'),
    reader.required<number>(tokenAbi, at, 'decimals', 'The token'),
    reader.required<bigint>(tokenAbi, at, 'totalSupply', 'The token'),
    reader.optional<bigint>(tokenAbi, at, 'getPastVotes', [zeroAddress, 0n]),
  ]);
  const facts: TokenFacts = { address: at, name, symbol, decimals: Number(decimals), totalSupply };
  if (pastVotes !== undefined) return facts;
  if ((await reader.optional<bigint>(tokenAbi, at, 'getPriorVotes', [zeroAddress, 0n])) !== undefined)
    return { ...facts, votes: 'comp-votes' };
  throw new GovernorReadError(
    `The token at ${at} answers neither getPastVotes (ERC20Votes) nor getPriorVotes (Compound-style), so Charter cannot tell how its votes are counted`,
    undefined,
  );
}
