// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {GovernorVotesQuorumFraction} from "@openzeppelin/contracts/governance/extensions/GovernorVotesQuorumFraction.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// What a token must provide for a quorum of the delegated supply: L2ArbitrumToken's getTotalDelegationAt
/// (ArbitrumFoundation/governance PR #369), as CharterVotesToken does.
interface ICharterTotalDelegation {
    function getTotalDelegationAt(uint256 timepoint) external view returns (uint256);
}

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
///   For - Against > forMargin. A forThreshold of 0 asks nothing more: the support threshold already needs For > 0;
/// - the quorum's base and bounds (L2ArbitrumGovernor.quorum() on ArbitrumFoundation/governance's
///   delegate-total-poc-fixed, PR #369): the base is the token's past total supply or its past total delegation
///   (getTotalDelegationAt), less the past votes of the excluded addresses, 0 when they are more; the quorum is
///   base * numerator / denominator, rounded down, raised to the minimum or else lowered to the maximum. Arbitrum's
///   fallback to the circulating supply when that base is 0 (for proposals made before its upgrade) is left out.
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

    /// The quorum's base and bounds, in base units. A maximum of type(uint256).max is none.
    struct QuorumRules {
        bool delegated;
        address[] excluded;
        uint256 minimum;
        uint256 maximum;
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
    /// The quorum is a share of the delegated supply, and the token does not answer getTotalDelegationAt.
    error CharterTokenWithoutTotalDelegation(address token);

    mapping(uint256 proposalId => ProposalVote) private _proposalVotes;
    uint256 private _denominator;
    uint8 private immutable _quorumCounts;
    uint256 private immutable _fixedQuorum;
    uint256 private immutable _supportNumerator;
    uint256 private immutable _supportDenominator;
    uint256 private immutable _forThreshold;
    uint256 private immutable _forMargin;
    bool private immutable _forMarginApplies;
    bool private immutable _quorumOfDelegated;
    uint256 private immutable _minimumQuorum;
    uint256 private immutable _maximumQuorum;
    address[] private _quorumExcluded;

    constructor(CountingRules memory rules, uint256 quorumDenominator_, QuorumRules memory quorumRules_) {
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
        _quorumOfDelegated = quorumRules_.delegated;
        _quorumExcluded = quorumRules_.excluded;
        _minimumQuorum = quorumRules_.minimum;
        _maximumQuorum = quorumRules_.maximum;
        // Fail closed at deployment: a token without the total delegation would make every quorum() revert.
        if (quorumRules_.delegated) {
            uint256 now_ = clock();
            try ICharterTotalDelegation(address(token())).getTotalDelegationAt(now_ == 0 ? 0 : now_ - 1) {} catch {
                revert CharterTokenWithoutTotalDelegation(address(token()));
            }
        }
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

    /// The quorum's base and bounds, as deployed.
    function quorumRules() public view virtual returns (QuorumRules memory) {
        return QuorumRules(_quorumOfDelegated, _quorumExcluded, _minimumQuorum, _maximumQuorum);
    }

    /// The fixed quorum; else L2ArbitrumGovernor's: the base (total supply, or total delegation) at `timepoint` less
    /// the excluded addresses' votes (0 if more), times the numerator, divided by the denominator (rounded down;
    /// Math.mulDiv equals Arbitrum's (base * numerator) / denominator wherever that does not overflow), clamped.
    function quorum(uint256 timepoint) public view virtual override returns (uint256) {
        if (_fixedQuorum != 0) return _fixedQuorum;
        uint256 base = _quorumOfDelegated
            ? ICharterTotalDelegation(address(token())).getTotalDelegationAt(timepoint)
            : token().getPastTotalSupply(timepoint);
        uint256 excluded = 0;
        for (uint256 i = 0; i < _quorumExcluded.length; ++i) {
            excluded += token().getPastVotes(_quorumExcluded[i], timepoint);
        }
        base = base > excluded ? base - excluded : 0;
        uint256 calculated = Math.mulDiv(base, quorumNumerator(timepoint), quorumDenominator());
        if (calculated < _minimumQuorum) return _minimumQuorum;
        if (calculated > _maximumQuorum) return _maximumQuorum;
        return calculated;
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
