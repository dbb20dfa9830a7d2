import { tokenVotingInstallParameters } from './token-voting-setup-abi.ts';

const [votingSettings, tokenSettings, , targetConfig, minApprovals, pluginMetadata] =
  tokenVotingInstallParameters;

/**
 * The `_data` that TokenVotingSetup.prepareInstallation decodes in release 1 build 4 (v1.4), as ABI parameters for
 * viem: `(VotingSettings, TokenSettings, GovernanceERC20.MintSettings, IPlugin.TargetConfig, uint256 minApprovals,
 * bytes pluginMetadata, address[] excludedAccounts)`.
 *
 * Sources (aragon/token-voting-plugin, tag v1.4.1, commit 6cdbe8e):
 * - src/TokenVotingSetup.sol, `decodeInstallationParameters`: `abi.decode(_data, (MajorityVotingBase.VotingSettings,
 *   TokenSettings, GovernanceERC20.MintSettings, IPlugin.TargetConfig, uint256, bytes, address[]))`.
 * - src/erc20/GovernanceERC20.sol: `MintSettings(address[] receivers, uint256[] amounts, bool
 *   ensureDelegationOnMint)`.
 * - src/TokenVoting.sol, `initialize(..., address[] _excludedAccounts)`: balances of excluded accounts do not count
 *   in the total voting power that quorums are a share of.
 * The other parts are as in build 3 ({@link tokenVotingInstallParameters}).
 */
export const tokenVotingInstallParametersBuild4 = [
  votingSettings,
  tokenSettings,
  {
    name: 'mintSettings',
    type: 'tuple',
    components: [
      { name: 'receivers', type: 'address[]' },
      { name: 'amounts', type: 'uint256[]' },
      { name: 'ensureDelegationOnMint', type: 'bool' },
    ],
  },
  targetConfig,
  minApprovals,
  pluginMetadata,
  { name: 'excludedAccounts', type: 'address[]' },
] as const;
