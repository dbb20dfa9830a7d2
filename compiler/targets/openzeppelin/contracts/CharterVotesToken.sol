// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Time} from "@openzeppelin/contracts/utils/types/Time.sol";

/// @title An ERC20Votes token for Charter's on-chain checks, not for production.
/// @notice Mints every balance at construction, delegates the holders marked so to themselves, and keeps either a
/// block-number clock or a timestamp clock (ERC-6372), as the Governor that counts it must. Tracks the total delegated
/// voting power as L2ArbitrumToken does (ArbitrumFoundation/governance, PR #369: getTotalDelegationAt), exactly: from
/// the first block, every move of votes to or from "not delegated" is checkpointed, so it always equals the sum of
/// every account's votes (Arbitrum's starts from an estimate and may be adjusted).
contract CharterVotesToken is ERC20, ERC20Votes {
    using Checkpoints for Checkpoints.Trace208;

    bool private immutable _timestampClock;
    Checkpoints.Trace208 private _totalDelegation;

    error CharterVotesTokenLengthMismatch();

    constructor(
        string memory name_,
        string memory symbol_,
        bool timestampClock,
        address[] memory holders,
        uint256[] memory balances,
        bool[] memory selfDelegated
    ) ERC20(name_, symbol_) EIP712(name_, "1") {
        if (holders.length != balances.length || holders.length != selfDelegated.length) {
            revert CharterVotesTokenLengthMismatch();
        }
        _timestampClock = timestampClock;
        for (uint256 i = 0; i < holders.length; i++) {
            _mint(holders[i], balances[i]);
            if (selfDelegated[i]) _delegate(holders[i], holders[i]);
        }
    }

    function clock() public view override returns (uint48) {
        return _timestampClock ? Time.timestamp() : Time.blockNumber();
    }

    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public view override returns (string memory) {
        return _timestampClock ? "mode=timestamp" : "mode=blocknumber&from=default";
    }

    /// The voting power delegated to anyone at `timepoint` (in the token's clock), which must be in the past.
    function getTotalDelegationAt(uint256 timepoint) public view returns (uint256) {
        uint48 currentTimepoint = clock();
        if (timepoint >= currentTimepoint) revert ERC5805FutureLookup(timepoint, currentTimepoint);
        return _totalDelegation.upperLookupRecent(SafeCast.toUint48(timepoint));
    }

    /// The voting power delegated to anyone now.
    function getTotalDelegation() public view returns (uint256) {
        return _totalDelegation.latest();
    }

    /// Every change of any account's votes comes here (delegation, transfer, mint, burn): votes leaving "not delegated"
    /// (`from` is 0) add to the total, votes returning to it (`to` is 0) take from it.
    function _moveDelegateVotes(address from, address to, uint256 amount) internal override {
        super._moveDelegateVotes(from, to, amount);
        if (from == to || amount == 0 || (from != address(0) && to != address(0))) return;
        uint208 latest = _totalDelegation.latest();
        uint208 delta = SafeCast.toUint208(amount);
        _totalDelegation.push(clock(), from == address(0) ? latest + delta : latest - delta);
    }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }

    function nonces(address owner) public view override(Nonces) returns (uint256) {
        return super.nonces(owner);
    }
}
