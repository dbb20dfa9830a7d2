// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {Time} from "@openzeppelin/contracts/utils/types/Time.sol";

/// @title An ERC20Votes token for Charter's on-chain checks, not for production.
/// @notice Mints every balance at construction, delegates the holders marked so to themselves, and keeps either a
/// block-number clock or a timestamp clock (ERC-6372), as the Governor that counts it must.
contract CharterVotesToken is ERC20, ERC20Votes {
    bool private immutable _timestampClock;

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

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }

    function nonces(address owner) public view override(Nonces) returns (uint256) {
        return super.nonces(owner);
    }
}
