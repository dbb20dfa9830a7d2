import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { type Said, say } from '../../diagnostics/say.ts';
import { formatDuration } from '../../format/format-duration.ts';
import { formatPercent } from '../../format/format-percent.ts';
import type { MajorityVoteNode } from '../../generated/charter-document.ts';
import type { Localized } from '../../nodes/node-kind.ts';
import { aragonRatio } from './aragon-ratio.ts';
import { ratioBase } from './ratio-base.ts';

/** MajorityVotingBase._updateVotingSettings: `minDuration < 60 minutes` and `> 365 days` revert. */
const minDurationBounds = { least: 3_600, most: 31_536_000 } as const;
/** MajorityVotingBase._updateVotingSettings: `supportThreshold > RATIO_BASE - 1` reverts. */
const mostSupportThreshold = Number(ratioBase) - 1;

/**
 * What every plugin on MajorityVotingBase (TokenVoting, AddresslistVoting) takes from a majority vote alike: the
 * support threshold in parts of 10^6 (at most 999999), a voting period within [1 hour, 365 days] as `minDuration`,
 * and no voting delay, late-quorum extension or super quorum. Pushes a diagnostic naming the vote for each thing it
 * cannot hold, naming `plugin`; gives the support threshold's parts, or undefined when it cannot be held.
 */
export function majorityVotingChecks(
  vote: MajorityVoteNode,
  name: Localized,
  diagnostics: Diagnostic[],
  plugin: 'TokenVoting' | 'AddresslistVoting',
): number | undefined {
  const p = vote.params;
  const unsupported = (message: Said, field?: string) =>
    diagnostics.push(createDiagnostic('target-unsupported', message, { nodeId: vote.id, field }));
  const outOfRange = (message: Said, field: string) =>
    diagnostics.push(createDiagnostic('target-out-of-range', message, { nodeId: vote.id, field }));
  const duration = (seconds: number) => ({ en: formatDuration(seconds), ko: formatDuration(seconds, 'ko') });

  const support = aragonRatio(p.supportThreshold, {
    name,
    nodeId: vote.id,
    field: 'params.supportThreshold',
    what: { en: 'the support threshold', ko: '찬성 비율' },
  });
  if ('diagnostic' in support) diagnostics.push(support.diagnostic);
  else if (support.parts > mostSupportThreshold)
    outOfRange(
      say('aragon.support-too-high', { node: name, threshold: formatPercent(p.supportThreshold) }),
      'params.supportThreshold',
    );

  if (p.votingPeriod < minDurationBounds.least)
    outOfRange(
      say('aragon.period-too-short', { node: name, plugin, duration: duration(p.votingPeriod) }),
      'params.votingPeriod',
    );
  if (p.votingPeriod > minDurationBounds.most)
    outOfRange(
      say('aragon.period-too-long', { node: name, plugin, duration: duration(p.votingPeriod) }),
      'params.votingPeriod',
    );
  if (p.votingDelay > 0)
    unsupported(
      say('aragon.voting-delay', { node: name, plugin, duration: duration(p.votingDelay) }),
      'params.votingDelay',
    );
  if (p.lateQuorumExtension > 0)
    unsupported(
      say('aragon.late-quorum', { node: name, plugin, duration: duration(p.lateQuorumExtension) }),
      'params.lateQuorumExtension',
    );
  if (p.superQuorum !== undefined)
    unsupported(
      say('aragon.super-quorum', { node: name, plugin, share: formatPercent(p.superQuorum) }),
      'params.superQuorum',
    );
  return 'diagnostic' in support || support.parts > mostSupportThreshold ? undefined : support.parts;
}
