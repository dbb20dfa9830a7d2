/**
 * Gardens v2's `CVParams` struct as an ABI tuple, in its declared order, for viem's encodeAbiParameters and
 * decodeAbiParameters (1Hive/gardens-v2, pkg/contracts/src/CVStrategy/ICVStrategy.sol:
 * `struct CVParams { uint256 maxRatio; uint256 weight; uint256 decay; uint256 minThresholdPoints; }`).
 */
export const cvParamsAbi = [
  {
    name: 'cvParams',
    type: 'tuple',
    components: [
      { name: 'maxRatio', type: 'uint256' },
      { name: 'weight', type: 'uint256' },
      { name: 'decay', type: 'uint256' },
      { name: 'minThresholdPoints', type: 'uint256' },
    ],
  },
] as const;
