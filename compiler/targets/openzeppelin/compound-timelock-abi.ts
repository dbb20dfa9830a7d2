/**
 * The constructor of Compound's Timelock as @uniswap/governance 1.0.2 ships it (contracts/Timelock.sol, solc 0.5.16:
 * `constructor(address admin_, uint delay_)`, which reverts unless MINIMUM_DELAY (2 days) ≤ delay ≤ MAXIMUM_DELAY
 * (30 days)). Its setPendingAdmin may only be called by the Timelock itself, so the Governor is made its admin at
 * construction, by its predicted address, as Uniswap deployed GovernorAlpha's.
 */
export const compoundTimelockConstructorAbi = [
  {
    type: 'constructor',
    stateMutability: 'nonpayable',
    inputs: [
      { name: 'admin_', type: 'address', internalType: 'address' },
      { name: 'delay_', type: 'uint256', internalType: 'uint256' },
    ],
  },
] as const;

/** Compound's Timelock's fixed bounds, in seconds (Timelock.sol's constants). */
export const compoundTimelockBounds = {
  gracePeriod: 1_209_600, // GRACE_PERIOD: 14 days
  minimumDelay: 172_800, // MINIMUM_DELAY: 2 days
  maximumDelay: 2_592_000, // MAXIMUM_DELAY: 30 days
} as const;
