/**
 * Arbitrum One, Nova and Sepolia, where `block.number` inside contracts is Ethereum's (L1) block number, not the
 * chain's own: it advances about every 12 seconds ({@link l1BlockSeconds}), whatever the chain's block time
 * (Arbitrum docs, "Block numbers and time"; Gardens' own app counts 12 s blocks on Arbitrum and Arbitrum Sepolia,
 * 1Hive/gardens-v2 apps/web/configs/chains.tsx). Every target that counts blocks reads this one list.
 */
export const arbitrumChains: ReadonlySet<number> = new Set([42161, 42170, 421614]);

/** Seconds per Ethereum (L1) block, the pace of `block.number` on {@link arbitrumChains}. */
export const l1BlockSeconds = 12;
