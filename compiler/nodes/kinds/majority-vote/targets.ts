import { cannot, onFailure, type TargetDeclarations } from '../../target-support.ts';

/** A majority vote is the Governor's vote, Aragon's TokenVoting, or a Snapshot vote; a Safe runs no vote. */
export const majorityVoteTargets: TargetDeclarations<'majority-vote'> = {
  openzeppelin: (node, context) => onFailure('openzeppelin', context) ?? { part: 'vote', node },
  aragon: (node, context) => onFailure('aragon', context) ?? { part: 'token-voting', node },
  safe: () =>
    cannot(
      'safe',
      { en: 'a vote: its owners sign', ko: '투표(소유자가 서명함)' },
      {
        en: "Decide with a Multisig whose Signers are the Safe's owners, or execute this vote by the governor.",
        ko: 'Safe 소유자를 서명자로 하는 멀티시그로 결정하거나, 이 투표를 거버너로 실행하세요.',
      },
    ),
  snapshot: (node, context) => onFailure('snapshot', context) ?? { part: 'vote', node },
  gardens: () =>
    cannot(
      'gardens',
      { en: 'a yes/no vote: it decides by conviction', ko: '찬반 투표(확신 투표로 결정함)' },
      {
        en: 'Use a Conviction node for the pool, or execute this vote by the governor.',
        ko: '풀에는 확신 투표 노드를 쓰거나, 이 투표를 거버너로 실행하세요.',
      },
    ),
};
