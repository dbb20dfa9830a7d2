// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {GovernorVotesQuorumFraction} from "@openzeppelin/contracts/governance/extensions/GovernorVotesQuorumFraction.sol";

/// @title How Charter's reference Governors count votes and set their quorum, fixed at deployment.
/// @dev GovernorCountingSimple with three of its rules made constructor settings (its COUNTING_MODE is `pure`, so it
/// cannot report a setting; this module is its code with that changed):
/// - which votes count toward quorum: For and Abstain (GovernorCountingSimple's), For alone (Compound's Governor
///   Bravo and CompoundGovernor: `support=bravo&quorum=for`), or every vote (`quorum=for,against,abstain`);
/// - the support threshold t = supportNumerator / supportDenominator: a vote succeeds when
///   (1 - t) * For > t * Against, which for t = 1/2 is GovernorCountingSimple's For > Against;
/// - a fixed quorum in base units (CompoundGovernor's GovernorSettableFixedQuorum) instead of a share of supply. Then
///   quorumNumerator() reverts once deployed, as a Governor without GovernorVotesQuorumFraction has none to give;
/// - Aave Governance v3's two conditions (GovernanceCore.sol, `_isPassingYesThreshold` and
///   `_isPassingYesNoDifferential`): For > forThreshold, and, when `forMarginApplies`, For >= Against with
///   For - Against > forMargin. A forThreshold of 0 asks nothing more: the support threshold already needs For > 0.
/// The quorum denominator is storage, not immutable: quorumDenominator() runs during construction.
abstract contract CharterCounting is GovernorVotesQuorumFraction {
    /// The Governor's rules. quorumCounts: 0 For and Abstain, 1 For alone, 2 For, Against and Abstain.
    struct CountingRules {
        uint8 quorumCounts;
        uint256 fixedQuorum;
        uint256 supportNumerator;
        uint256 supportDenominator;
        uint256 forThreshold;
        uint256 forMargin;
        bool forMarginApplies;
    }

    enum VoteType {
        Against,
        For,
        Abstain
    }

    struct ProposalVote {
        uint256 againstVotes;
        uint256 forVotes;
        uint256 abstainVotes;
        mapping(address voter => bool) hasVoted;
    }

    /// The quorum is a fixed amount: there is no numerator.
    error CharterFixedQuorum(uint256 quorum);
    /// The settings cannot be counted: a quorum rule beyond 2, or a support threshold of 100 % or more.
    error CharterInvalidCounting();

    mapping(uint256 proposalId => ProposalVote) private _proposalVotes;
    uint256 private _denominator;
    uint8 private immutable _quorumCounts;
    uint256 private immutable _fixedQuorum;
    uint256 private immutable _supportNumerator;
    uint256 private immutable _supportDenominator;
    uint256 private immutable _forThreshold;
    uint256 private immutable _forMargin;
    bool private immutable _forMarginApplies;

    constructor(CountingRules memory rules, uint256 quorumDenominator_) {
        if (rules.quorumCounts > 2 || rules.supportNumerator >= rules.supportDenominator) {
            revert CharterInvalidCounting();
        }
        _quorumCounts = rules.quorumCounts;
        _denominator = quorumDenominator_;
        _fixedQuorum = rules.fixedQuorum;
        _supportNumerator = rules.supportNumerator;
        _supportDenominator = rules.supportDenominator;
        _forThreshold = rules.forThreshold;
        _forMargin = rules.forMargin;
        _forMarginApplies = rules.forMarginApplies;
    }

    // solhint-disable-next-line func-name-mixedcase
    function COUNTING_MODE() public view virtual override returns (string memory) {
        if (_quorumCounts == 1) return "support=bravo&quorum=for";
        if (_quorumCounts == 2) return "support=bravo&quorum=for,against,abstain";
        return "support=bravo&quorum=for,abstain";
    }

    /// The support threshold as a fraction: a vote succeeds when (den - num) * For > num * Against.
    function supportThreshold() public view virtual returns (uint256 numerator, uint256 denominator) {
        return (_supportNumerator, _supportDenominator);
    }

    /// The amount For must exceed and, when `applies`, the margin by which For must lead Against (base units).
    function forRule() public view virtual returns (uint256 threshold, uint256 margin, bool applies) {
        return (_forThreshold, _forMargin, _forMarginApplies);
    }

    function quorumDenominator() public view virtual override returns (uint256) {
        return _denominator;
    }

    /// Reverts with CharterFixedQuorum once deployed when the quorum is fixed. During construction (no code yet) it
    /// answers, since GovernorVotesQuorumFraction and GovernorVotesSuperQuorumFraction read it to set their numerators.
    function quorumNumerator() public view virtual override returns (uint256) {
        if (_fixedQuorum != 0 && address(this).code.length != 0) revert CharterFixedQuorum(_fixedQuorum);
        return super.quorumNumerator();
    }

    function quorum(uint256 timepoint) public view virtual override returns (uint256) {
        return _fixedQuorum != 0 ? _fixedQuorum : super.quorum(timepoint);
    }

    function hasVoted(uint256 proposalId, address account) public view virtual override returns (bool) {
        return _proposalVotes[proposalId].hasVoted[account];
    }

    function proposalVotes(
        uint256 proposalId
    ) public view virtual returns (uint256 againstVotes, uint256 forVotes, uint256 abstainVotes) {
        ProposalVote storage proposalVote = _proposalVotes[proposalId];
        return (proposalVote.againstVotes, proposalVote.forVotes, proposalVote.abstainVotes);
    }

    function _quorumReached(uint256 proposalId) internal view virtual override returns (bool) {
        ProposalVote storage proposalVote = _proposalVotes[proposalId];
        uint256 counted = proposalVote.forVotes;
        if (_quorumCounts != 1) counted += proposalVote.abstainVotes;
        if (_quorumCounts == 2) counted += proposalVote.againstVotes;
        return quorum(proposalSnapshot(proposalId)) <= counted;
    }

    function _voteSucceeded(uint256 proposalId) internal view virtual override returns (bool) {
        ProposalVote storage proposalVote = _proposalVotes[proposalId];
        uint256 forVotes = proposalVote.forVotes;
        uint256 againstVotes = proposalVote.againstVotes;
        if (forVotes <= _forThreshold) return false;
        if (_forMarginApplies && (forVotes < againstVotes || forVotes - againstVotes <= _forMargin)) return false;
        return (_supportDenominator - _supportNumerator) * forVotes > _supportNumerator * againstVotes;
    }

    function _countVote(
        uint256 proposalId,
        address account,
        uint8 support,
        uint256 totalWeight,
        bytes memory // params
    ) internal virtual override returns (uint256) {
        ProposalVote storage proposalVote = _proposalVotes[proposalId];

        if (proposalVote.hasVoted[account]) {
            revert GovernorAlreadyCastVote(account);
        }
        proposalVote.hasVoted[account] = true;

        if (support == uint8(VoteType.Against)) {
            proposalVote.againstVotes += totalWeight;
        } else if (support == uint8(VoteType.For)) {
            proposalVote.forVotes += totalWeight;
        } else if (support == uint8(VoteType.Abstain)) {
            proposalVote.abstainVotes += totalWeight;
        } else {
            revert GovernorInvalidVoteType();
        }

        return totalWeight;
    }
}
