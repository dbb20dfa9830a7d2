/**
 * The constructor of OpenZeppelin's TimelockController, as solc writes it in the contract's ABI
 * (contracts/governance/TimelockController.sol, OpenZeppelin Contracts 5.7:
 * `constructor(uint256 minDelay, address[] memory proposers, address[] memory executors, address admin)`).
 */
export const timelockControllerConstructorAbi = [
  {
    type: 'constructor',
    stateMutability: 'nonpayable',
    inputs: [
      { name: 'minDelay', type: 'uint256', internalType: 'uint256' },
      { name: 'proposers', type: 'address[]', internalType: 'address[]' },
      { name: 'executors', type: 'address[]', internalType: 'address[]' },
      { name: 'admin', type: 'address', internalType: 'address' },
    ],
  },
] as const;
