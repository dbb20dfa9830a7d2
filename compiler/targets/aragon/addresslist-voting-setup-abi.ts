/**
 * The `_data` that AddresslistVotingSetup.prepareInstallation decodes, release 1 build 2 (npm `@aragon/osx@1.3.0`,
 * plugins/governance/majority-voting/addresslist/AddresslistVotingSetup.sol: `abi.decode(_data,
 * (MajorityVotingBase.VotingSettings, address[]))`), as ABI parameters for viem's encodeAbiParameters. VotingSettings
 * is MajorityVotingBase.sol's `(uint8 votingMode, uint32 supportThreshold, uint32 minParticipation, uint64
 * minDuration, uint256 minProposerVotingPower)`.
 */
export const addresslistVotingInstallParameters = [
  {
    name: 'votingSettings',
    type: 'tuple',
    components: [
      { name: 'votingMode', type: 'uint8' },
      { name: 'supportThreshold', type: 'uint32' },
      { name: 'minParticipation', type: 'uint32' },
      { name: 'minDuration', type: 'uint64' },
      { name: 'minProposerVotingPower', type: 'uint256' },
    ],
  },
  { name: 'members', type: 'address[]' },
] as const;
