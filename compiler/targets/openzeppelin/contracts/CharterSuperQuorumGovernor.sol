// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {GovernorPreventLateQuorum} from "@openzeppelin/contracts/governance/extensions/GovernorPreventLateQuorum.sol";
import {GovernorSettings} from "@openzeppelin/contracts/governance/extensions/GovernorSettings.sol";
import {GovernorTimelockControl} from "@openzeppelin/contracts/governance/extensions/GovernorTimelockControl.sol";
import {GovernorVotes} from "@openzeppelin/contracts/governance/extensions/GovernorVotes.sol";
import {GovernorSuperQuorum} from "@openzeppelin/contracts/governance/extensions/GovernorSuperQuorum.sol";
import {GovernorVotesQuorumFraction} from "@openzeppelin/contracts/governance/extensions/GovernorVotesQuorumFraction.sol";
import {GovernorVotesSuperQuorumFraction} from
    "@openzeppelin/contracts/governance/extensions/GovernorVotesSuperQuorumFraction.sol";
import {CharterCounting} from "./CharterCounting.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title CharterGovernor with a super quorum (GovernorVotesSuperQuorumFraction): a vote whose For votes reach it
/// while winning succeeds at once.
/// @dev See compiler/targets/openzeppelin/governor-abi.ts for why the constructor is written so: the denominator,
/// then the super quorum, then the quorum, the only order in which both numerator checks pass. Its ten constructor
/// arguments with EIP712's are too many stack slots for solc's legacy code generator (stack too deep), so this one
/// contract is compiled with viaIR.
contract CharterSuperQuorumGovernor is
    Governor,
    GovernorSettings,
    GovernorVotes,
    CharterCounting,
    GovernorVotesSuperQuorumFraction,
    GovernorPreventLateQuorum,
    GovernorTimelockControl
{
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
        uint256 _superQuorumNumerator
    )
        Governor(_name)
        GovernorSettings(_votingDelay, _votingPeriod, _proposalThreshold)
        GovernorVotes(_token)
        GovernorVotesQuorumFraction(0)
        CharterCounting(_counting, _quorumDenominator, _quorumRules)
        GovernorVotesSuperQuorumFraction(0)
        GovernorPreventLateQuorum(_lateQuorumVoteExtension)
        GovernorTimelockControl(_timelock)
    {
        _updateSuperQuorumNumerator(_superQuorumNumerator);
        _updateQuorumNumerator(_quorumNumerator);
    }

    function quorumDenominator()
        public
        view
        override(GovernorVotesQuorumFraction, CharterCounting)
        returns (uint256)
    {
        return super.quorumDenominator();
    }

    function quorumNumerator() public view override(GovernorVotesQuorumFraction, CharterCounting) returns (uint256) {
        return super.quorumNumerator();
    }

    function quorum(
        uint256 timepoint
    ) public view override(Governor, GovernorVotesQuorumFraction, CharterCounting) returns (uint256) {
        return super.quorum(timepoint);
    }

    function _updateQuorumNumerator(
        uint256 newQuorumNumerator
    ) internal override(GovernorVotesQuorumFraction, GovernorVotesSuperQuorumFraction) {
        super._updateQuorumNumerator(newQuorumNumerator);
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
    )
        public
        view
        override(Governor, GovernorVotesSuperQuorumFraction, GovernorTimelockControl)
        returns (ProposalState)
    {
        return super.state(proposalId);
    }

    function proposalVotes(
        uint256 proposalId
    )
        public
        view
        override(CharterCounting, GovernorSuperQuorum)
        returns (uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
    {
        return super.proposalVotes(proposalId);
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
