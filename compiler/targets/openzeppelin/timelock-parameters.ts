import { getAddress, zeroAddress } from 'viem';
import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import { say } from '../../diagnostics/say.ts';
import { formatDateTime } from '../../format/format-date-time.ts';
import { formatDuration } from '../../format/format-duration.ts';
import { nodeNameWords } from '../../format/node-name-words.ts';
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
 * TimelockController's operations never expire once ready. A timelock with a grace period is Compound's Timelock
 * instead (CharterCompoundGovernor's, through GovernorTimelockCompound), whose constants bound it: GRACE_PERIOD is 14
 * days, and the delay must lie between MINIMUM_DELAY (2 days) and MAXIMUM_DELAY (30 days). Its admin is the Governor,
 * and the node's cancellers become the Governor's (Compound's Timelock has no canceller role). Another grace period is
 * `target-unsupported`; a delay out of those bounds `target-out-of-range`; an admin besides the Governor
 * `target-unsupported` (Compound's Timelock has one admin, who alone queues); so are cancellers whose power ends, which
 * CharterCompoundGovernor holds with no end.
 */
export function timelockParameters(
  timelock: TimelockNode,
): TargetResult<TimelockParameters | CompoundTimelockParameters> {
  const { delay, gracePeriod, executors, cancellers, cancellersUntil, admin } = timelock.params;
  if (gracePeriod > 0) return compoundTimelockParameters(timelock);
  // Validation has checked the moment exists; with no cancellers the end changes nothing (the lint says so).
  const until =
    cancellersUntil === undefined || cancellers.length === 0 ? undefined : unixSeconds(cancellersUntil);
  return {
    ok: true,
    parameters: {
      minDelay: BigInt(delay),
      proposers: ['governor'],
      executors: executors === 'anyone' ? [zeroAddress] : ['governor'],
      admin: admin === undefined ? zeroAddress : getAddress(admin),
      cancellers: cancellers.map((canceller) => getAddress(canceller)),
      ...(until === undefined ? {} : { cancellersUntil: BigInt(until) }),
    },
  };
}

const words = (seconds: number) => ({ en: formatDuration(seconds), ko: formatDuration(seconds, 'ko') });

/** A timelock node with a grace period as Compound's Timelock, or why it cannot be one. */
function compoundTimelockParameters(timelock: TimelockNode): TargetResult<CompoundTimelockParameters> {
  const { delay, gracePeriod, cancellers, cancellersUntil, admin } = timelock.params;
  const node = nodeNameWords(timelock);
  const at = (field: string) => ({ nodeId: timelock.id, field: `params.${field}` });
  const { minimumDelay, maximumDelay } = compoundTimelockBounds;
  const diagnostics = [];
  if (gracePeriod !== compoundTimelockBounds.gracePeriod) {
    const message = say('oz.grace-period', { node, duration: words(gracePeriod) });
    diagnostics.push(createDiagnostic('target-unsupported', message, at('gracePeriod')));
  }
  if (delay < minimumDelay || delay > maximumDelay) {
    const message = say('oz.compound-delay', {
      node,
      duration: words(delay),
      minimum: words(minimumDelay),
      maximum: words(maximumDelay),
    });
    diagnostics.push(createDiagnostic('target-out-of-range', message, at('delay')));
  }
  if (admin !== undefined) {
    const message = say('oz.compound-admin', { node, admin: getAddress(admin) });
    diagnostics.push(createDiagnostic('target-unsupported', message, at('admin')));
  }
  if (cancellersUntil !== undefined && cancellers.length > 0) {
    const message = say('oz.compound-cancellers-until', {
      node,
      until: { en: formatDateTime(cancellersUntil, 'en'), ko: formatDateTime(cancellersUntil, 'ko') },
    });
    diagnostics.push(createDiagnostic('target-unsupported', message, at('cancellersUntil')));
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  return {
    ok: true,
    parameters: {
      kind: 'compound',
      delay: BigInt(delay),
      gracePeriod: BigInt(gracePeriod),
      admin: 'governor',
      cancellers: cancellers.map((canceller) => getAddress(canceller)),
    },
  };
}
