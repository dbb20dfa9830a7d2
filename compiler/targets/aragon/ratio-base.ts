/**
 * Aragon's RATIO_BASE: every ratio in OSx is counted in parts of 10^6 (millionths), so 4.5% is 45000.
 * Source: aragon/osx-commons, contracts/src/utils/math/Ratio.sol (`RATIO_BASE = 10 ** 6`).
 */
export const ratioBase = 1_000_000n;
