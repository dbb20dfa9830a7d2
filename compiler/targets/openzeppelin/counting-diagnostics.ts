import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { formatPercent } from '../../format/format-percent.ts';
import { nodeName } from '../../format/node-name.ts';
import type { MajorityVoteNode } from '../../generated/charter-document.ts';
import { percentToFraction } from '../../units/percent-to-fraction.ts';

const fix = 'to deploy it as an OpenZeppelin Governor.';

/**
 * Why a majority vote's counting cannot run on OpenZeppelin's GovernorCountingSimple, one `target-unsupported`
 * diagnostic per reason; empty when it can. The rules come from
 * contracts/governance/extensions/GovernorCountingSimple.sol (OpenZeppelin Contracts 5.7):
 * `_quorumReached` is `quorum(snapshot) <= forVotes + abstainVotes`, `_voteSucceeded` is `forVotes > againstVotes`,
 * and `_countVote` reverts with GovernorAlreadyCastVote on a second vote from the same account.
 */
export function countingDiagnostics(vote: MajorityVoteNode): Diagnostic[] {
  const name = nodeName(vote);
  const at = (field: string) => ({ nodeId: vote.id, field: `params.${field}` });
  const diagnostics: Diagnostic[] = [];

  if (vote.params.quorumCounts === 'for') {
    const message =
      `${name}: only For votes count toward its quorum, but OpenZeppelin's Governor (GovernorCountingSimple) counts ` +
      'For and Abstain, so abstaining would help a proposal reach quorum. ' +
      `Set "Counts toward quorum" to For + Abstain ${fix}`;
    diagnostics.push(createDiagnostic('target-unsupported', message, at('quorumCounts')));
  } else if (vote.params.quorumCounts === 'all') {
    const message =
      `${name}: every vote counts toward its quorum, but OpenZeppelin's Governor (GovernorCountingSimple) counts ` +
      'only For and Abstain, so Against votes would not help a proposal reach quorum. ' +
      `Set "Counts toward quorum" to For + Abstain ${fix}`;
    diagnostics.push(createDiagnostic('target-unsupported', message, at('quorumCounts')));
  }

  // "50", "50.0" and "50.000" all mean For > Against: compare the exact fraction with 1/2.
  const support = percentToFraction(vote.params.supportThreshold);
  if (support.numerator * 2n !== support.denominator) {
    const message =
      `${name}: For must be more than ${formatPercent(vote.params.supportThreshold)} of For + Against, but ` +
      "OpenZeppelin's Governor (GovernorCountingSimple) passes a vote when For is more than Against, that is more " +
      `than 50%. Set "Support needed" to 50 ${fix}`;
    diagnostics.push(createDiagnostic('target-unsupported', message, at('supportThreshold')));
  }

  // Voting modes are Aragon TokenVoting's; each changes who wins or when, so neither is dropped in silence.
  if (vote.params.votingMode === 'early-execution') {
    const message =
      `${name}: early execution ends a vote as soon as its outcome cannot change, which OpenZeppelin's Governor ` +
      'does not do: its votes run to their deadline. The nearest it offers is a super quorum, which passes a vote ' +
      `early once For alone reaches it (GovernorSuperQuorum). Set "Voting mode" to standard ${fix}`;
    diagnostics.push(createDiagnostic('target-unsupported', message, at('votingMode')));
  } else if (vote.params.votingMode === 'vote-replacement') {
    const message =
      `${name}: vote replacement lets voters change their vote, but OpenZeppelin's Governor ` +
      '(GovernorCountingSimple) takes one vote from each account and rejects a second (GovernorAlreadyCastVote). ' +
      `Set "Voting mode" to standard ${fix}`;
    diagnostics.push(createDiagnostic('target-unsupported', message, at('votingMode')));
  }
  return diagnostics;
}
