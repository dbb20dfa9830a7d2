// SPDX-License-Identifier: MIT
pragma solidity >=0.8.4;

// The one call Aragon OSx's ENSSubdomainRegistrar makes of an ENS resolver, with ENS's signature
// (@ensdomains/ens-contracts 0.0.11, contracts/resolvers/Resolver.sol). Only for compiling; never deployed.
interface Resolver {
    function setAddr(bytes32 node, address a) external;
}
