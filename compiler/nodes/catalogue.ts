import { allOf } from './kinds/all-of.ts';
import { anyOf } from './kinds/any-of.ts';
import { approval } from './kinds/approval.ts';
import { budgetSplit } from './kinds/budget-split.ts';
import { conviction } from './kinds/conviction.ts';
import { execute } from './kinds/execute.ts';
import { majorityVote } from './kinds/majority-vote.ts';
import { members } from './kinds/members.ts';
import { multisig } from './kinds/multisig.ts';
import { nftHolders } from './kinds/nft-holders.ts';
import { optimistic } from './kinds/optimistic.ts';
import { proposal } from './kinds/proposal.ts';
import { quadraticFunding } from './kinds/quadratic-funding.ts';
import { quadraticVoting } from './kinds/quadratic-voting.ts';
import { rankedChoice } from './kinds/ranked-choice.ts';
import { reject } from './kinds/reject.ts';
import { routeByAmount } from './kinds/route-by-amount.ts';
import { routeByType } from './kinds/route-by-type.ts';
import { score } from './kinds/score.ts';
import { signal } from './kinds/signal.ts';
import { signers } from './kinds/signers.ts';
import { stage } from './kinds/stage.ts';
import { timelock } from './kinds/timelock.ts';
import { tokenHolders } from './kinds/token-holders.ts';
import { veto } from './kinds/veto.ts';
import { weighting } from './kinds/weighting.ts';
import type { NodeKindDefinition } from './node-kind.ts';

/** Every node kind, in palette order. This is the only list of kinds in Charter. */
export const nodeKinds: readonly NodeKindDefinition[] = [
  proposal,
  routeByAmount,
  routeByType,
  stage,
  tokenHolders,
  nftHolders,
  members,
  signers,
  weighting,
  majorityVote,
  multisig,
  optimistic,
  veto,
  quadraticFunding,
  quadraticVoting,
  conviction,
  rankedChoice,
  approval,
  score,
  budgetSplit,
  allOf,
  anyOf,
  timelock,
  execute,
  reject,
  signal,
];

const byKind = new Map(nodeKinds.map((definition) => [definition.kind, definition]));

/** The definition of a kind, or undefined for a kind Charter does not know. */
export function getNodeKind(kind: string): NodeKindDefinition | undefined {
  return byKind.get(kind);
}
