import { allOf } from './kinds/all-of/all-of.ts';
import { anyOf } from './kinds/any-of/any-of.ts';
import { approval } from './kinds/approval/approval.ts';
import { budgetSplit } from './kinds/budget-split/budget-split.ts';
import { conviction } from './kinds/conviction/conviction.ts';
import { execute } from './kinds/execute/execute.ts';
import { majorityVote } from './kinds/majority-vote/majority-vote.ts';
import { members } from './kinds/members/members.ts';
import { multisig } from './kinds/multisig/multisig.ts';
import { nftHolders } from './kinds/nft-holders/nft-holders.ts';
import { optimistic } from './kinds/optimistic/optimistic.ts';
import { proposal } from './kinds/proposal/proposal.ts';
import { quadraticFunding } from './kinds/quadratic-funding/quadratic-funding.ts';
import { quadraticVoting } from './kinds/quadratic-voting/quadratic-voting.ts';
import { rankedChoice } from './kinds/ranked-choice/ranked-choice.ts';
import { reject } from './kinds/reject/reject.ts';
import { routeByAmount } from './kinds/route-by-amount/route-by-amount.ts';
import { routeByType } from './kinds/route-by-type/route-by-type.ts';
import { score } from './kinds/score/score.ts';
import { signal } from './kinds/signal/signal.ts';
import { signers } from './kinds/signers/signers.ts';
import { stage } from './kinds/stage/stage.ts';
import { timelock } from './kinds/timelock/timelock.ts';
import { tokenHolders } from './kinds/token-holders/token-holders.ts';
import { veto } from './kinds/veto/veto.ts';
import { weighting } from './kinds/weighting/weighting.ts';
import type { AnyNodeKindDefinition } from './node-kind.ts';

/** Every node kind, in palette order. This is the only list of kinds in Charter. */
export const nodeKinds: readonly AnyNodeKindDefinition[] = [
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

const byKind = new Map<string, AnyNodeKindDefinition>(
  nodeKinds.map((definition) => [definition.kind, definition]),
);

/** The definition of a kind, or undefined for a kind Charter does not know. */
export function getNodeKind(kind: string): AnyNodeKindDefinition | undefined {
  return byKind.get(kind);
}
