// A bigint port of the arithmetic Aragon's TokenVoting decides with, line by line, so that `charter verify --target
// aragon` (verify-aragon.ts) and the tests can ask "what would the contract say?" without the contract. It is a port,
// not the contract: the plugin's Solidity (aragon/token-voting-plugin, aragon/osx-commons) is AGPL-3.0-or-later and
// is not vendored into this MIT repository. `charter verify` runs the contracts themselves when their sources are
// fetched (scripts/fetch-aragon-sources.js, verify-aragon-contracts.ts) and this port otherwise; the contracts' setup
// checks also use `applyRatioCeiled` for build 3's `minApprovals`, which build 2 (@aragon/osx 1.3.0) lacks.
//
// Sources, each quoted where it is ported:
// - aragon/osx-commons @ 6627101992f2d41db2be7eee1696eb3fa81eed02, contracts/src/utils/math/Ratio.sol, lines 6, 18-31.
// - aragon/token-voting-plugin @ d889bbe3c1e1194ecc4f84fa4f809994ea2dd7a6 (v1.4, release 1 build 4; the same
//   lines at tag v1.3 = 30b1218de64c29c78932f95f29a0e1863779372c, build 3):
//   src/TokenVoting.sol lines 199-201 (199 and 147-149 at v1.3), src/base/MajorityVotingBase.sol lines 407-442, 603-628.
// - aragon/osx @ v1.3.0 (e90ea8f5cd6b98cbba16db07ab7bc0cdbf517f3e, the source of npm @aragon/osx 1.3.0, build 2):
//   packages/contracts/src/plugins/utils/Ratio.sol lines 17-30, the same `_applyRatioCeiled`;
//   packages/contracts/src/plugins/governance/majority-voting/token/TokenVoting.sol line 127.

/** Ratio.sol line 6: `uint256 constant RATIO_BASE = 10 ** 6;` */
export const RATIO_BASE = 10n ** 6n;

const uint256Max = 2n ** 256n - 1n;

/** Ratio.sol lines 18-31: `_applyRatioCeiled(uint256 _value, uint256 _ratio)`. */
export function applyRatioCeiled(value: bigint, ratio: bigint): bigint {
  // if (_ratio > RATIO_BASE) revert RatioOutOfBounds({limit: RATIO_BASE, actual: _ratio});
  if (ratio > RATIO_BASE) throw new Error(`RatioOutOfBounds(${RATIO_BASE}, ${ratio})`);
  // _value = _value * _ratio;   (checked arithmetic: reverts on overflow)
  const product = value * ratio;
  if (product > uint256Max) throw new Error('Panic(0x11)');
  // uint256 remainder = _value % RATIO_BASE;
  const remainder = product % RATIO_BASE;
  // result = _value / RATIO_BASE;
  let result = product / RATIO_BASE;
  // if (remainder != 0) { ++result; }
  if (remainder !== 0n) result++;
  return result;
}

/** The proposal fields the checks read: `parameters` and `tally` of MajorityVotingBase.Proposal. */
export interface PortedProposal {
  supportThreshold: bigint;
  /** TokenVoting.createProposal: `_applyRatioCeiled(totalVotingPower_, minParticipation())`. */
  minVotingPower: bigint;
  /** TokenVoting.createProposal: `_applyRatioCeiled(totalVotingPower_, minApproval())` (build 3 and later). */
  minApprovalPower: bigint;
  tally: { yes: bigint; no: bigint; abstain: bigint };
}

/** TokenVoting.createProposal (v1.4 lines 199-201): the proposal's parameters, taken from the total voting power. */
export function createProposal(
  settings: { supportThreshold: bigint; minParticipation: bigint; minApprovals: bigint },
  totalVotingPower: bigint,
  tally: PortedProposal['tally'],
): PortedProposal {
  // if (totalVotingPower_ == 0) revert NoVotingPower();
  if (totalVotingPower === 0n) throw new Error('NoVotingPower()');
  return {
    supportThreshold: settings.supportThreshold,
    minVotingPower: applyRatioCeiled(totalVotingPower, settings.minParticipation),
    minApprovalPower: applyRatioCeiled(totalVotingPower, settings.minApprovals),
    tally,
  };
}

/** MajorityVotingBase.sol lines 407-414: `(RATIO_BASE - supportThreshold) * yes > supportThreshold * no`. */
export function isSupportThresholdReached(p: PortedProposal): boolean {
  return (RATIO_BASE - p.supportThreshold) * p.tally.yes > p.supportThreshold * p.tally.no;
}

/** MajorityVotingBase.sol lines 431-438: `yes + no + abstain >= minVotingPower`. */
export function isMinParticipationReached(p: PortedProposal): boolean {
  return p.tally.yes + p.tally.no + p.tally.abstain >= p.minVotingPower;
}

/** MajorityVotingBase.sol lines 441-443: `yes >= minApprovalPower`. */
export function isMinApprovalReached(p: PortedProposal): boolean {
  return p.tally.yes >= p.minApprovalPower;
}

/**
 * MajorityVotingBase._hasSucceeded (lines 603-631) once the vote has closed (`_isOpen` false): the support
 * threshold on the final tally, then minimum participation, then minimum approval.
 */
export function hasSucceededClosed(p: PortedProposal): boolean {
  return isSupportThresholdReached(p) && isMinParticipationReached(p) && isMinApprovalReached(p);
}
