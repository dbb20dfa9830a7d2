/**
 * The `_data` that MultisigSetup.prepareInstallation decodes, release 1 build 3 (v1.3), as ABI parameters for
 * viem's encodeAbiParameters and decodeAbiParameters:
 * `(address[] members, Multisig.MultisigSettings, IPlugin.TargetConfig, bytes pluginMetadata)`.
 *
 * Sources (aragon/multisig-plugin, packages/contracts/src):
 * - MultisigSetup.sol, prepareInstallation: `abi.decode(_data, (address[], Multisig.MultisigSettings,
 *   IPlugin.TargetConfig, bytes))`.
 * - Multisig.sol: `MultisigSettings(bool onlyListed, uint16 minApprovals)`.
 * - aragon/osx-commons, contracts/src/plugin/IPlugin.sol: `TargetConfig(address target, Operation operation)`.
 */
export const multisigInstallParameters = [
  { name: 'members', type: 'address[]' },
  {
    name: 'multisigSettings',
    type: 'tuple',
    components: [
      { name: 'onlyListed', type: 'bool' },
      { name: 'minApprovals', type: 'uint16' },
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
  { name: 'pluginMetadata', type: 'bytes' },
] as const;
