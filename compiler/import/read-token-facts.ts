import { type Address, parseAbi } from 'viem';
import type { ContractReader } from './contract-reader.ts';
import type { TokenFacts } from './governor-facts.ts';

const tokenAbi = parseAbi([
  'function name() view returns (string)',
  'function symbol() view returns (string)',
  'function decimals() view returns (uint8)',
  'function totalSupply() view returns (uint256)',
]);

/** The ERC-20 metadata and supply of the token a Governor counts. */
export async function readTokenFacts(reader: ContractReader, at: Address): Promise<TokenFacts> {
  const [name, symbol, decimals, totalSupply] = await Promise.all([
    reader.required<string>(tokenAbi, at, 'name', 'The token'),
    reader.required<string>(tokenAbi, at, 'symbol', 'The token'),
    reader.required<number>(tokenAbi, at, 'decimals', 'The token'),
    reader.required<bigint>(tokenAbi, at, 'totalSupply', 'The token'),
  ]);
  return { address: at, name, symbol, decimals: Number(decimals), totalSupply };
}
