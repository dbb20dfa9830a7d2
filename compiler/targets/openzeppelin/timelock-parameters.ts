import { getAddress, zeroAddress } from 'viem';
import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import { say } from '../../diagnostics/say.ts';
import { formatDuration } from '../../format/format-duration.ts';
import { nodeNameWords } from '../../format/node-name-words.ts';
import type { TimelockNode } from '../../generated/charter-document.ts';
import type { TargetResult } from '../target-result.ts';
import type { TimelockParameters } from './types.ts';

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
 *   body's addresses: see vetoCancellers).
 *
 * A grace period cannot be expressed: TimelockController's operations never expire once ready, so a non-zero
 * `gracePeriod` is `target-unsupported`.
 */
export function timelockParameters(timelock: TimelockNode): TargetResult<TimelockParameters> {
  const { delay, gracePeriod, executors, cancellers, admin } = timelock.params;
  if (gracePeriod > 0) {
    const message = say('oz.grace-period', {
      node: nodeNameWords(timelock),
      duration: { en: formatDuration(gracePeriod), ko: formatDuration(gracePeriod, 'ko') },
    });
    const diagnostic = createDiagnostic('target-unsupported', message, {
      nodeId: timelock.id,
      field: 'params.gracePeriod',
    });
    return { ok: false, diagnostics: [diagnostic] };
  }
  return {
    ok: true,
    parameters: {
      minDelay: BigInt(delay),
      proposers: ['governor'],
      executors: executors === 'anyone' ? [zeroAddress] : ['governor'],
      admin: admin === undefined ? zeroAddress : getAddress(admin),
      cancellers: cancellers.map((canceller) => getAddress(canceller)),
    },
  };
}
