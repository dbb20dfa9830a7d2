// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {GovernorPreventLateQuorum} from "@openzeppelin/contracts/governance/extensions/GovernorPreventLateQuorum.sol";
import {GovernorSettings} from "@openzeppelin/contracts/governance/extensions/GovernorSettings.sol";
import {GovernorTimelockCompound} from "@openzeppelin/contracts/governance/extensions/GovernorTimelockCompound.sol";
import {GovernorVotes} from "@openzeppelin/contracts/governance/extensions/GovernorVotes.sol";
import {GovernorVotesQuorumFraction} from "@openzeppelin/contracts/governance/extensions/GovernorVotesQuorumFraction.sol";
import {CharterCounting} from "./CharterCounting.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {ICompoundTimelock} from "@openzeppelin/contracts/vendor/compound/ICompoundTimelock.sol";

/// @title CharterGovernor over Compound's Timelock (GovernorTimelockCompound), as CompoundGovernor and Governor Bravo
/// run: a queued proposal executes from its eta until eta + the Timelock's GRACE_PERIOD, and is Expired after.
/// @dev The Timelock's admin must be this Governor: deploy the Timelock with this Governor's predicted address as its
/// admin (as Uniswap deployed GovernorAlpha's), or hand it over with setPendingAdmin and __acceptAdmin(). Cancellers
/// may cancel a queued proposal, which cancels its transactions in the Timelock: the one power of a
/// TimelockController's CANCELLER_ROLE, which Compound's Timelock has no role for.
contract CharterCompoundGovernor is
    Governor,
    GovernorSettings,
    GovernorVotes,
    CharterCounting,
    GovernorPreventLateQuorum,
    GovernorTimelockCompound
{
    mapping(address account => bool) private _isCanceller;
    address[] private _cancellerList;

    constructor(
        string memory _name,
        IVotes _token,
        ICompoundTimelock _timelock,
        uint48 _votingDelay,
        uint32 _votingPeriod,
        uint256 _proposalThreshold,
        uint256 _quorumNumerator,
        uint256 _quorumDenominator,
        uint48 _lateQuorumVoteExtension,
        CountingRules memory _counting,
        QuorumRules memory _quorumRules,
        address[] memory _cancellers
    )
        Governor(_name)
        GovernorSettings(_votingDelay, _votingPeriod, _proposalThreshold)
        GovernorVotes(_token)
        GovernorVotesQuorumFraction(0)
        CharterCounting(_counting, _quorumDenominator, _quorumRules)
        GovernorPreventLateQuorum(_lateQuorumVoteExtension)
        GovernorTimelockCompound(_timelock)
    {
        _updateQuorumNumerator(_quorumNumerator);
        for (uint256 i = 0; i < _cancellers.length; ++i) {
            _isCanceller[_cancellers[i]] = true;
        }
        _cancellerList = _cancellers;
    }

    /// Every account that may cancel a queued proposal, as deployed.
    function cancellers() public view returns (address[] memory) {
        return _cancellerList;
    }

    /// Whether `account` may cancel a queued proposal.
    function isCanceller(address account) public view returns (bool) {
        return _isCanceller[account];
    }

    function _validateCancel(uint256 proposalId, address caller) internal view override returns (bool) {
        return
            super._validateCancel(proposalId, caller) ||
            (_isCanceller[caller] && state(proposalId) == ProposalState.Queued);
    }

    function votingDelay() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.votingDelay();
    }

    function votingPeriod() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.votingPeriod();
    }

    function proposalThreshold() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.proposalThreshold();
    }

    function proposalDeadline(
        uint256 proposalId
    ) public view override(Governor, GovernorPreventLateQuorum) returns (uint256) {
        return super.proposalDeadline(proposalId);
    }

    function state(
        uint256 proposalId
    ) public view override(Governor, GovernorTimelockCompound) returns (ProposalState) {
        return super.state(proposalId);
    }

    function proposalNeedsQueuing(
        uint256 proposalId
    ) public view override(Governor, GovernorTimelockCompound) returns (bool) {
        return super.proposalNeedsQueuing(proposalId);
    }

    function _tallyUpdated(uint256 proposalId) internal override(Governor, GovernorPreventLateQuorum) {
        super._tallyUpdated(proposalId);
    }

    function _queueOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockCompound) returns (uint48) {
        return super._queueOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _executeOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockCompound) {
        super._executeOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _cancel(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockCompound) returns (uint256) {
        return super._cancel(targets, values, calldatas, descriptionHash);
    }

    function _executor() internal view override(Governor, GovernorTimelockCompound) returns (address) {
        return super._executor();
    }
}
