// SPDX-License-Identifier: MIT
pragma solidity >=0.8.4;

// The part of ENS's registry interface Aragon OSx's ENSSubdomainRegistrar calls, with ENS's signatures
// (@ensdomains/ens-contracts 0.0.11, contracts/registry/ENS.sol, which no registry Charter reaches serves). Only for
// compiling the PluginSetupProcessor's imports in a test: nothing here is deployed or called.
interface ENS {
    function owner(bytes32 node) external view returns (address);

    function resolver(bytes32 node) external view returns (address);

    function setSubnodeOwner(bytes32 node, bytes32 label, address owner) external returns (bytes32);

    function setResolver(bytes32 node, address resolver) external;
}
