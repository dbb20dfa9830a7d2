// The constructors of Charter's three reference Governors, which issue 8 writes in Solidity (under
// compiler/targets/openzeppelin/contracts/) against OpenZeppelin Contracts 5.7; its test fails if the compiled ABI
// differs from these. Three contracts instead of one with a switch: GovernorSuperQuorum changes `state()` for every
// proposal, and leaving it out keeps the common Governor smaller and under the 24,576-byte code limit; and the
// timelock a Governor executes through (GovernorTimelockControl or GovernorTimelockCompound) is a base contract, not
// a setting. How votes are counted is a setting of all three (CharterCounting.sol: the `_counting` struct), not a
// contract each: which votes count toward quorum, a fixed quorum, and the support threshold; and so is the quorum's
// base and bounds (`_quorumRules`: Arbitrum's quorum of the delegated supply less excluded votes, clamped).
//
// contract CharterGovernor is
//     Governor, GovernorSettings, GovernorCountingSimple, GovernorVotes, GovernorVotesQuorumFraction,
//     GovernorPreventLateQuorum, GovernorTimelockControl
// {
//     uint256 private _denominator; // storage, not immutable: quorumDenominator() runs during construction
//
//     constructor(
//         string memory _name,
//         IVotes _token,
//         TimelockController _timelock,
//         uint48 _votingDelay,
//         uint32 _votingPeriod,
//         uint256 _proposalThreshold,
//         uint256 _quorumNumerator,
//         uint256 _quorumDenominator,
//         uint48 _lateQuorumVoteExtension,
//         CountingRules memory _counting, // (quorumCounts: 0 For+Abstain, 1 For, 2 all; fixedQuorum; support num/den;
//                                         //  forThreshold, forMargin, forMarginApplies: Aave's yes threshold and margin)
//         QuorumRules memory _quorumRules, // (delegated; excluded addresses; minimum; maximum, type(uint256).max for none)
//         uint256 _gracePeriod // seconds after its eta a queued proposal stays executable; 0 for ever
//     )
//         Governor(_name)
//         GovernorSettings(_votingDelay, _votingPeriod, _proposalThreshold)
//         GovernorVotes(_token)
//         GovernorVotesQuorumFraction(0)
//         CharterCounting(_counting, _quorumDenominator, _quorumRules)
//         GovernorPreventLateQuorum(_lateQuorumVoteExtension)
//         GovernorTimelockControl(_timelock)
//     {
//         _updateQuorumNumerator(_quorumNumerator); // CharterCounting's constructor has set the denominator
//         _grace = _gracePeriod;
//     }
//
//     // state(): Expired once Queued and block.timestamp >= proposalEta + _grace (when _grace != 0).
//     // … plus the overrides the Contracts Wizard emits for this set of modules.
// }
//
// Why it is written so:
// - GovernorVotesQuorumFraction's constructor checks its numerator against quorumDenominator(), which reads 0 until
//   the body sets it; so the base gets 0 and the body sets the real numerator (a second checkpoint at the same
//   clock() replaces the first).
// - GovernorSettings comes before GovernorPreventLateQuorum in the inheritance list: constructors run in that
//   order, and since 5.7 GovernorPreventLateQuorum's constructor checks the extension against votingPeriod().
// - GovernorVotes' clock() is the token's, so a timestamp clock needs a token whose CLOCK_MODE is timestamp.
//
// - TimelockController never expires a ready operation, so a grace period is the Governor's: it must be the
//   timelock's only executor (anyone may still call Governor.execute, which checks state() first).
//
// contract CharterSuperQuorumGovernor is the same, without the grace period, with GovernorVotesSuperQuorumFraction (and so GovernorSuperQuorum)
// in place of GovernorVotesQuorumFraction, one more argument `uint256 _superQuorumNumerator` at the end,
// `GovernorVotesSuperQuorumFraction(0)` among the base constructors, and a body that sets the denominator, then
// `_updateSuperQuorumNumerator(_superQuorumNumerator)`, then `_updateQuorumNumerator(_quorumNumerator)`. Only in that
// order do both checks pass: a super quorum must be at least the quorum numerator (still 0 then), and a quorum at
// most the super quorum (GovernorVotesSuperQuorumFraction's `_updateQuorumNumerator` override).
//
// contract CharterCompoundGovernor is CharterGovernor, without the grace period (Compound's Timelock has its own), with
// GovernorTimelockCompound in place of
// GovernorTimelockControl (its `_timelock` a Compound Timelock, whose admin must be the Governor) and one more argument
// `address[] _cancellers` at the end: accounts that may cancel a queued proposal (`_validateCancel`), which cancels it
// in the Timelock.

const governorInputs = [
  { name: '_name', type: 'string', internalType: 'string' },
  { name: '_token', type: 'address', internalType: 'contract IVotes' },
  { name: '_timelock', type: 'address', internalType: 'contract TimelockController' },
  { name: '_votingDelay', type: 'uint48', internalType: 'uint48' },
  { name: '_votingPeriod', type: 'uint32', internalType: 'uint32' },
  { name: '_proposalThreshold', type: 'uint256', internalType: 'uint256' },
  { name: '_quorumNumerator', type: 'uint256', internalType: 'uint256' },
  { name: '_quorumDenominator', type: 'uint256', internalType: 'uint256' },
  { name: '_lateQuorumVoteExtension', type: 'uint48', internalType: 'uint48' },
  {
    name: '_counting',
    type: 'tuple',
    internalType: 'struct CharterCounting.CountingRules',
    components: [
      { name: 'quorumCounts', type: 'uint8', internalType: 'uint8' },
      { name: 'fixedQuorum', type: 'uint256', internalType: 'uint256' },
      { name: 'supportNumerator', type: 'uint256', internalType: 'uint256' },
      { name: 'supportDenominator', type: 'uint256', internalType: 'uint256' },
      { name: 'forThreshold', type: 'uint256', internalType: 'uint256' },
      { name: 'forMargin', type: 'uint256', internalType: 'uint256' },
      { name: 'forMarginApplies', type: 'bool', internalType: 'bool' },
    ],
  },
  {
    name: '_quorumRules',
    type: 'tuple',
    internalType: 'struct CharterCounting.QuorumRules',
    components: [
      { name: 'delegated', type: 'bool', internalType: 'bool' },
      { name: 'excluded', type: 'address[]', internalType: 'address[]' },
      { name: 'minimum', type: 'uint256', internalType: 'uint256' },
      { name: 'maximum', type: 'uint256', internalType: 'uint256' },
    ],
  },
] as const;

/** The constructor of CharterGovernor, as solc writes it in the contract's ABI: the grace period comes last. */
export const charterGovernorConstructorAbi = [
  {
    type: 'constructor',
    stateMutability: 'nonpayable',
    inputs: [...governorInputs, { name: '_gracePeriod', type: 'uint256', internalType: 'uint256' }],
  },
] as const;

/** The constructor of CharterSuperQuorumGovernor: CharterGovernor's arguments and the super quorum's numerator. */
export const charterSuperQuorumGovernorConstructorAbi = [
  {
    type: 'constructor',
    stateMutability: 'nonpayable',
    inputs: [...governorInputs, { name: '_superQuorumNumerator', type: 'uint256', internalType: 'uint256' }],
  },
] as const;

/** The constructor of CharterCompoundGovernor: CharterGovernor's arguments (its timelock a Compound Timelock) and the
 * accounts that may cancel a queued proposal. */
export const charterCompoundGovernorConstructorAbi = [
  {
    type: 'constructor',
    stateMutability: 'nonpayable',
    inputs: [
      governorInputs[0],
      governorInputs[1],
      { name: '_timelock', type: 'address', internalType: 'contract ICompoundTimelock' },
      ...governorInputs.slice(3),
      { name: '_cancellers', type: 'address[]', internalType: 'address[]' },
    ],
  },
] as const;

/** CharterCounting's `quorumCounts` setting for each way a majority vote counts toward quorum. */
export const quorumCountsCode = { 'for+abstain': 0, for: 1, all: 2 } as const;
