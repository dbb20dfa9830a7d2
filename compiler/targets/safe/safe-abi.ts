/**
 * `Safe.setup` as Safe v1.4.1 declares it (safe-global/safe-smart-account, tag v1.4.1, contracts/Safe.sol), for
 * viem's encodeFunctionData and decodeFunctionData.
 */
export const safeSetupAbi = [
  {
    type: 'function',
    name: 'setup',
    stateMutability: 'nonpayable',
    inputs: [
      { name: '_owners', type: 'address[]' },
      { name: '_threshold', type: 'uint256' },
      { name: 'to', type: 'address' },
      { name: 'data', type: 'bytes' },
      { name: 'fallbackHandler', type: 'address' },
      { name: 'paymentToken', type: 'address' },
      { name: 'payment', type: 'uint256' },
      { name: 'paymentReceiver', type: 'address' },
    ],
    outputs: [],
  },
] as const;
