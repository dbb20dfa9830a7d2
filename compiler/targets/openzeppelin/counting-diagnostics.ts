import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { say } from '../../diagnostics/say.ts';
import { formatPercent } from '../../format/format-percent.ts';
import { nodeNameWords } from '../../format/node-name-words.ts';
import type { MajorityVoteNode } from '../../generated/charter-document.ts';
import { percentToFraction } from '../../units/percent-to-fraction.ts';

/**
 * Why a majority vote's counting cannot run on the reference Governors' CharterCounting, one diagnostic per reason;
 * empty when it can. CharterCounting is GovernorCountingSimple (OpenZeppelin Contracts 5.7) with its rules made
 * settings (contracts/CharterCounting.sol): `_quorumReached` counts For, For + Abstain or every vote as the vote's
 * `quorumCounts` says, and `_voteSucceeded` is (1 − t) · For > t · Against for the support threshold t, which its
 * constructor rejects at 100 % or more (no vote could pass). Like GovernorCountingSimple, `_countVote` reverts with
 * GovernorAlreadyCastVote on a second vote from the same account, and votes run to their deadline, so the voting
 * modes (Aragon TokenVoting's) are refused.
 */
export function countingDiagnostics(vote: MajorityVoteNode): Diagnostic[] {
  const name = nodeNameWords(vote);
  const at = (field: string) => ({ nodeId: vote.id, field: `params.${field}` });
  const diagnostics: Diagnostic[] = [];

  const support = percentToFraction(vote.params.supportThreshold);
  if (support.numerator >= support.denominator) {
    const message = say('oz.support-threshold', {
      node: name,
      threshold: formatPercent(vote.params.supportThreshold),
    });
    diagnostics.push(createDiagnostic('target-out-of-range', message, at('supportThreshold')));
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
