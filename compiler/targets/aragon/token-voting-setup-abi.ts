/**
 * The `_data` that TokenVotingSetup.prepareInstallation decodes, release 1 build 3 (v1.3), as ABI parameters for
 * viem's encodeAbiParameters and decodeAbiParameters:
 * `(VotingSettings, TokenSettings, GovernanceERC20.MintSettings, IPlugin.TargetConfig, uint256 minApprovals,
 * bytes pluginMetadata)`.
 *
 * Sources (aragon/token-voting-plugin, packages/contracts/src, audited v1.3 commit 02a7dbb):
 * - TokenVotingSetup.sol, prepareInstallation: the `abi.decode(_data, (...))` of the six parts; TokenSettings is
 *   `(address addr, string name, string symbol)`.
 * - MajorityVotingBase.sol: `VotingSettings(VotingMode votingMode, uint32 supportThreshold, uint32
 *   minParticipation, uint64 minDuration, uint256 minProposerVotingPower)`; the enum is ABI-encoded as uint8.
 * - ERC20/governance/GovernanceERC20.sol at v1.3: `MintSettings(address[] receivers, uint256[] amounts)` (v1.4
 *   added exclusions, which this build does not decode).
 * - aragon/osx-commons, contracts/src/plugin/IPlugin.sol: `TargetConfig(address target, Operation operation)` with
 *   `Operation { Call, DelegateCall }`.
 */
export const tokenVotingInstallParameters = [
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
  {
    name: 'tokenSettings',
    type: 'tuple',
    components: [
      { name: 'addr', type: 'address' },
      { name: 'name', type: 'string' },
      { name: 'symbol', type: 'string' },
    ],
  },
  {
    name: 'mintSettings',
    type: 'tuple',
    components: [
      { name: 'receivers', type: 'address[]' },
      { name: 'amounts', type: 'uint256[]' },
    ],
  },
  {
    name: 'targetConfig',
    type: 'tuple',
    components: [
      { name: 'target', type: 'address' },
      { name: 'operation', type: 'uint8' },
    ],
  },
  { name: 'minApprovals', type: 'uint256' },
  { name: 'pluginMetadata', type: 'bytes' },
] as const;
