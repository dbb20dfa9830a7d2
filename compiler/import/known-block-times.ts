import { arbitrumChains, l1BlockSeconds } from '../targets/arbitrum-chains.ts';

/**
 * Chains whose `block.number` advances at a fixed pace, in seconds per block: Ethereum and its testnets since the
 * Merge (12 s slots), OP Stack chains (2 s: Optimism, Base) and Arbitrum, where contracts see L1's block number.
 * Any other chain's pace is measured by the importer and said to be measured.
 */
export function knownBlockSeconds(chainId: number): number | undefined {
  if (arbitrumChains.has(chainId)) return l1BlockSeconds;
  return fixedPaces[chainId];
}

const fixedPaces: Record<number, number> = {
  1: 12, // Ethereum: 12 s slots since the Merge (September 2022)
  11155111: 12, // Sepolia
  17000: 12, // Holesky
  560048: 12, // Hoodi
  10: 2, // OP Mainnet
  8453: 2, // Base
  11155420: 2, // OP Sepolia
  84532: 2, // Base Sepolia
};
