// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// The part of OpenZeppelin's TimelockController this contract calls.
interface ITimelockCancel {
    function CANCELLER_ROLE() external view returns (bytes32);

    function cancel(bytes32 id) external;

    function renounceRole(bytes32 role, address callerConfirmation) external;
}

/// @title A timelock canceller whose power ends on a date.
/// @notice Holds a TimelockController's CANCELLER_ROLE and lets the accounts it lists cancel a waiting operation while
/// block.timestamp < expiration; from expiration on, cancel reverts and anyone may make it renounce the role. This is
/// how ENS's SecurityCouncil (blockful-io/security-council-ens) limits its multisig's veto, which it holds as the
/// timelock's canceller, to two years: Charter's timelock with `cancellersUntil` deploys it in place of the cancellers.
contract CharterExpiringCanceller {
    /// The TimelockController whose operations the listed accounts may cancel.
    ITimelockCancel public immutable timelock;
    /// The first second (Unix time) at which the listed accounts can no longer cancel.
    uint256 public immutable expiration;

    mapping(address account => bool) private _isCanceller;
    address[] private _cancellerList;

    error NotCanceller(address caller);
    error ExpirationReached(uint256 expiration);
    error ExpirationNotReached(uint256 expiration);

    constructor(ITimelockCancel _timelock, address[] memory _cancellers, uint256 _expiration) {
        timelock = _timelock;
        expiration = _expiration;
        for (uint256 i = 0; i < _cancellers.length; ++i) {
            _isCanceller[_cancellers[i]] = true;
        }
        _cancellerList = _cancellers;
    }

    /// Cancels a waiting operation of the timelock; only a listed account, and only before `expiration`.
    function cancel(bytes32 id) external {
        if (!_isCanceller[msg.sender]) revert NotCanceller(msg.sender);
        if (block.timestamp >= expiration) revert ExpirationReached(expiration);
        timelock.cancel(id);
    }

    /// From `expiration` on, anyone may make this contract give up its canceller role in the timelock.
    function renounceByExpiration() external {
        if (block.timestamp < expiration) revert ExpirationNotReached(expiration);
        timelock.renounceRole(timelock.CANCELLER_ROLE(), address(this));
    }

    /// Every account that may cancel until `expiration`, as deployed.
    function cancellers() external view returns (address[] memory) {
        return _cancellerList;
    }

    /// Whether `account` may cancel (until `expiration`).
    function isCanceller(address account) external view returns (bool) {
        return _isCanceller[account];
    }
}
