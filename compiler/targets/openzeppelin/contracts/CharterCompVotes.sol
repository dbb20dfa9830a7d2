// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";

/// The checkpointed votes of a Compound-style token (compound-protocol contracts/Governance/Comp.sol; Uniswap's
/// Uni.sol is the same code), which answers getPriorVotes and getCurrentVotes, not IVotes.
interface ICompVotes {
    function getPriorVotes(address account, uint256 blockNumber) external view returns (uint96);
    function getCurrentVotes(address account) external view returns (uint96);
}

/// @title A Compound-style vote token (COMP, UNI) read as IVotes, so that any of Charter's Governors counts it.
/// @dev What OpenZeppelin 4.x's GovernorVotesComp did, as an adapter instead of a Governor module: the Governor is
/// given this contract as its token. getPastVotes is the token's getPriorVotes on a block-number clock (which, like
/// OpenZeppelin's, answers only for a block already mined). The token keeps no past total supply, so
/// getPastTotalSupply reverts: a quorum that is a share of supply cannot be read here (the compiler refuses it, and a
/// Governor given one fails closed at its first vote). Holders delegate on the token itself; delegating here reverts.
contract CharterCompVotes is IVotes {
    /// This adapter reads votes; delegation happens on the token.
    error CharterCompVotesReadOnly();
    /// The token records no past total supply.
    error CharterCompVotesNoPastTotalSupply();
    /// A timepoint not yet mined, as OpenZeppelin's Votes reports it.
    error ERC5805FutureLookup(uint256 timepoint, uint48 clock);

    /// The Compound-style token whose votes this reads.
    ICompVotes public immutable token;

    constructor(ICompVotes token_) {
        token = token_;
    }

    /// Blocks, as Comp.sol's checkpoints count them.
    function clock() public view returns (uint48) {
        return uint48(block.number);
    }

    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public pure returns (string memory) {
        return "mode=blocknumber&from=default";
    }

    function getVotes(address account) external view returns (uint256) {
        return token.getCurrentVotes(account);
    }

    function getPastVotes(address account, uint256 timepoint) external view returns (uint256) {
        uint48 now_ = clock();
        if (timepoint >= now_) revert ERC5805FutureLookup(timepoint, now_);
        return token.getPriorVotes(account, timepoint);
    }

    function getPastTotalSupply(uint256) external pure returns (uint256) {
        revert CharterCompVotesNoPastTotalSupply();
    }

    function delegates(address) external pure returns (address) {
        revert CharterCompVotesReadOnly();
    }

    function delegate(address) external pure {
        revert CharterCompVotesReadOnly();
    }

    function delegateBySig(address, uint256, uint256, uint8, bytes32, bytes32) external pure {
        revert CharterCompVotesReadOnly();
    }
}
