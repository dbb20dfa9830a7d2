// SPDX-License-Identifier: MIT
pragma solidity ^0.8.22;

/// @notice The one call Aragon OSx's PluginSetupProcessor makes of its PluginRepoRegistry
/// (osx v1.3.0, framework/plugin/setup/PluginSetupProcessor.sol, prepareInstallation: `repoRegistry.entries(repo)`),
/// answering that every repository is registered. The real registry registers a repository under an ENS subdomain,
/// which would need ENS deployed as well; nothing Charter reads depends on it.
contract CharterPluginRepoRegistryStub {
    function entries(address) external pure returns (bool) {
        return true;
    }
}
