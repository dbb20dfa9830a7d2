// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {GovernorPreventLateQuorum} from "@openzeppelin/contracts/governance/extensions/GovernorPreventLateQuorum.sol";
import {GovernorSettings} from "@openzeppelin/contracts/governance/extensions/GovernorSettings.sol";
import {GovernorTimelockControl} from "@openzeppelin/contracts/governance/extensions/GovernorTimelockControl.sol";
import {GovernorVotes} from "@openzeppelin/contracts/governance/extensions/GovernorVotes.sol";
import {GovernorVotesQuorumFraction} from "@openzeppelin/contracts/governance/extensions/GovernorVotesQuorumFraction.sol";
import {CharterCounting} from "./CharterCounting.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title Charter's reference Governor: the OpenZeppelin modules the Charter compiler's OpenZeppelin target emits.
/// @dev See compiler/targets/openzeppelin/governor-abi.ts for why the constructor is written so. GovernorSettings
/// comes before GovernorPreventLateQuorum: its constructor checks the extension against votingPeriod().
/// A grace period (seconds; 0 for none) makes a queued proposal Expired from its eta + the grace period, as Compound's
/// Timelock (GovernorTimelockCompound.state) and Aave's PayloadsControllerCore (`_getPayloadState`) expire theirs.
/// TimelockController never expires an operation, so the Governor must be its only executor: Governor.execute, open
/// to anyone, checks state() first.
contract CharterGovernor is
    Governor,
    GovernorSettings,
    GovernorVotes,
    CharterCounting,
    GovernorPreventLateQuorum,
    GovernorTimelockControl
{
    uint256 private immutable _grace;

    constructor(
        string memory _name,
        IVotes _token,
        TimelockController _timelock,
        uint48 _votingDelay,
        uint32 _votingPeriod,
        uint256 _proposalThreshold,
        uint256 _quorumNumerator,
        uint256 _quorumDenominator,
        uint48 _lateQuorumVoteExtension,
        CountingRules memory _counting,
        QuorumRules memory _quorumRules,
        uint256 _gracePeriod
    )
        Governor(_name)
        GovernorSettings(_votingDelay, _votingPeriod, _proposalThreshold)
        GovernorVotes(_token)
        GovernorVotesQuorumFraction(0)
        CharterCounting(_counting, _quorumDenominator, _quorumRules)
        GovernorPreventLateQuorum(_lateQuorumVoteExtension)
        GovernorTimelockControl(_timelock)
    {
        _updateQuorumNumerator(_quorumNumerator);
        _grace = _gracePeriod;
    }

    /// Seconds after its eta that a queued proposal may still execute; 0 for no limit.
    function gracePeriod() public view returns (uint256) {
        return _grace;
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
    ) public view override(Governor, GovernorTimelockControl) returns (ProposalState) {
        ProposalState current = super.state(proposalId);
        if (current == ProposalState.Queued && _grace != 0 && block.timestamp >= proposalEta(proposalId) + _grace)
            return ProposalState.Expired;
        return current;
    }

    function proposalNeedsQueuing(
        uint256 proposalId
    ) public view override(Governor, GovernorTimelockControl) returns (bool) {
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
    ) internal override(Governor, GovernorTimelockControl) returns (uint48) {
        return super._queueOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _executeOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) {
        super._executeOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _cancel(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) returns (uint256) {
        return super._cancel(targets, values, calldatas, descriptionHash);
    }

    function _executor() internal view override(Governor, GovernorTimelockControl) returns (address) {
        return super._executor();
    }
}
