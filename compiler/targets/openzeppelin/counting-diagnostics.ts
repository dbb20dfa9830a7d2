import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { say } from '../../diagnostics/say.ts';
import { formatPercent } from '../../format/format-percent.ts';
import { nodeNameWords } from '../../format/node-name-words.ts';
import type { MajorityVoteNode } from '../../generated/charter-document.ts';
import { percentToFraction } from '../../units/percent-to-fraction.ts';

/**
 * Why a majority vote's counting cannot run on OpenZeppelin's GovernorCountingSimple, one `target-unsupported`
 * diagnostic per reason; empty when it can. The rules come from
 * contracts/governance/extensions/GovernorCountingSimple.sol (OpenZeppelin Contracts 5.7):
 * `_quorumReached` is `quorum(snapshot) <= forVotes + abstainVotes`, `_voteSucceeded` is `forVotes > againstVotes`,
 * and `_countVote` reverts with GovernorAlreadyCastVote on a second vote from the same account.
 */
export function countingDiagnostics(vote: MajorityVoteNode): Diagnostic[] {
  const name = nodeNameWords(vote);
  const at = (field: string) => ({ nodeId: vote.id, field: `params.${field}` });
  const diagnostics: Diagnostic[] = [];

  if (vote.params.quorumCounts === 'for') {
    const message = say('oz.quorum-counts-for', { node: name });
    diagnostics.push(createDiagnostic('target-unsupported', message, at('quorumCounts')));
  } else if (vote.params.quorumCounts === 'all') {
    const message = say('oz.quorum-counts-all', { node: name });
    diagnostics.push(createDiagnostic('target-unsupported', message, at('quorumCounts')));
  }

  // "50", "50.0" and "50.000" all mean For > Against: compare the exact fraction with 1/2.
  const support = percentToFraction(vote.params.supportThreshold);
  if (support.numerator * 2n !== support.denominator) {
    const message = say('oz.support-threshold', {
      node: name,
      threshold: formatPercent(vote.params.supportThreshold),
    });
    diagnostics.push(createDiagnostic('target-unsupported', message, at('supportThreshold')));
  }

  // Voting modes are Aragon TokenVoting's; each changes who wins or when, so neither is dropped in silence.
  if (vote.params.votingMode === 'early-execution') {
    const message = say('oz.early-execution', { node: name });
    diagnostics.push(createDiagnostic('target-unsupported', message, at('votingMode')));
  } else if (vote.params.votingMode === 'vote-replacement') {
    const message = say('oz.vote-replacement', { node: name });
    diagnostics.push(createDiagnostic('target-unsupported', message, at('votingMode')));
  }
  return diagnostics;
}
