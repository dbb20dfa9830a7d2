import { getAddress, zeroAddress } from 'viem';
import type { TimelockNode } from '../../generated/charter-document.ts';
import { unixSeconds } from '../../units/unix-seconds.ts';
import type { TargetResult } from '../target-result.ts';
import { compoundTimelockBounds } from './compound-timelock-abi.ts';
import type { CompoundTimelockParameters, TimelockParameters } from './types.ts';

/**
 * The arguments of OpenZeppelin's TimelockController for a timelock node, as the Governor's executor through
 * GovernorTimelockControl (contracts/governance/TimelockController.sol, OpenZeppelin Contracts 5.7:
 * `constructor(uint256 minDelay, address[] proposers, address[] executors, address admin)`):
 * - `minDelay` is the delay in seconds: the timelock compares `block.timestamp` whatever the Governor's clock;
 * - `proposers` is the Governor alone, written `'governor'` until its address is known; the constructor also makes
 *   every proposer a canceller, which GovernorTimelockControl needs to cancel;
 * - `executors` is the zero address when anyone may execute (`onlyRoleOrOpenRole` treats a role held by
 *   address(0) as open to all) or the Governor when only it may;
 * - `admin` is the node's admin, or the zero address for none, leaving the timelock to administer itself;
 * - `cancellers` are the node's extra cancellers, granted CANCELLER_ROLE after deployment (for a veto, the vetoing
 *   body's addresses: see vetoCancellers);
 * - `cancellersUntil`, when their power ends (`params.cancellersUntil`), is its Unix second: CANCELLER_ROLE has no
 *   end, so the role goes to a CharterExpiringCanceller that lists them and cancels for them until then, as ENS's
 *   SecurityCouncil does for its multisig.
 *
 * TimelockController's operations never expire once ready. A grace period is then CharterGovernor's (`gracePeriod`:
 * its state() says Expired from the eta + the grace period), and the Governor is the only executor, so nobody can run
 * an expired operation on the timelock itself; anyone may still execute through the Governor, whose `execute` is open.
 *
 * A grace period Compound's Timelock holds as it is (its GRACE_PERIOD of 14 days, a delay between its MINIMUM_DELAY of
 * 2 days and MAXIMUM_DELAY of 30 days, no admin but the Governor, cancellers with no end) is Compound's Timelock
 * instead, as Compound and Uniswap run it (CharterCompoundGovernor's, through GovernorTimelockCompound), with the node's
 * cancellers the Governor's (Compound's Timelock has no canceller role).
 */
export function timelockParameters(
  timelock: TimelockNode,
): TargetResult<TimelockParameters | CompoundTimelockParameters> {
  const { delay, gracePeriod, executors, cancellers, cancellersUntil, admin } = timelock.params;
  const { minimumDelay, maximumDelay } = compoundTimelockBounds;
  const checksummed = cancellers.map((canceller) => getAddress(canceller));
  // Validation has checked the moment exists; with no cancellers the end changes nothing (the lint says so).
  const until =
    cancellersUntil === undefined || cancellers.length === 0 ? undefined : unixSeconds(cancellersUntil);
  if (
    gracePeriod === compoundTimelockBounds.gracePeriod &&
    delay >= minimumDelay &&
    delay <= maximumDelay &&
    admin === undefined &&
    until === undefined
  )
    return {
      ok: true,
      parameters: {
        kind: 'compound',
        delay: BigInt(delay),
        gracePeriod: BigInt(gracePeriod),
        admin: 'governor',
        cancellers: checksummed,
      },
    };
  return {
    ok: true,
    parameters: {
      minDelay: BigInt(delay),
      proposers: ['governor'],
      executors: executors === 'anyone' && gracePeriod === 0 ? [zeroAddress] : ['governor'],
      admin: admin === undefined ? zeroAddress : getAddress(admin),
      cancellers: checksummed,
      ...(until === undefined ? {} : { cancellersUntil: BigInt(until) }),
      ...(gracePeriod === 0 ? {} : { gracePeriod: BigInt(gracePeriod) }),
    },
  };
}
