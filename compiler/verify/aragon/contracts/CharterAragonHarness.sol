// SPDX-License-Identifier: MIT
pragma solidity ^0.8.22;

// What `charter verify --target aragon` installs Aragon's plugins on: Charter's own code (MIT), compiled beside the
// plugins' sources, which are fetched and never vendored (scripts/fetch-aragon-sources.js).

import {ERC1967Proxy} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Proxy.sol";

/// @notice A DAO reduced to what a governance plugin calls: it grants every permission and counts the executions it
/// is asked for, so that a test reads whether a proposal executed. Same ABI as Aragon OSx's `IDAO.hasPermission` and
/// `IDAO.execute` (osx v1.3.0, packages/contracts/src/core/dao/IDAO.sol).
contract CharterDaoMock {
    struct Action {
        address to;
        uint256 value;
        bytes data;
    }

    /// @notice How many times `execute` ran, by the call id the plugin gave (its proposal id).
    mapping(bytes32 => uint256) public executions;

    function hasPermission(address, address, bytes32, bytes memory) external pure returns (bool) {
        return true;
    }

    function execute(
        bytes32 _callId,
        Action[] calldata _actions,
        uint256
    ) external returns (bytes[] memory execResults, uint256 failureMap) {
        executions[_callId] += 1;
        execResults = new bytes[](_actions.length);
        failureMap = 0;
    }
}

/// @notice OpenZeppelin's ERC1967Proxy under a name of this file, so that one compile gives the proxy a plugin is
/// installed behind (Aragon's PluginSetup deploys plugins as ERC1967 proxies of the UUPS implementation).
contract CharterPluginProxy is ERC1967Proxy {
    constructor(address implementation, bytes memory data) ERC1967Proxy(implementation, data) {}
}
