import { formatDuration } from '../../../format/format-duration.ts';
import { formatPercent } from '../../../format/format-percent.ts';
import { koreanParticle } from '../../../format/korean-particle.ts';
import { percentToFraction } from '../../../units/percent-to-fraction.ts';
import { cannot } from '../../declare/cannot.ts';
import { onFailure } from '../../declare/on-failure.ts';
import type { ParamsOf } from '../../node-kind.ts';
import type { SnapshotVoteSpec, TargetDeclarations, TargetRefusal } from '../../target-support.ts';
import { joinFeatures, shapedQuorumFeatures } from './shaped-quorum-features.ts';

/** The For threshold and margin, which Charter's Governors count (CharterCounting's, as Aave's GovernanceCore). */
const forRule = new Set(['params.forThreshold', 'params.forMargin']);

/**
 * The settings the reference Governors' quorum() runs (CharterCounting's QuorumRules, after L2ArbitrumGovernor): the
 * delegated supply as the base, excluded addresses, a minimum and a maximum.
 */
const governorQuorumFields = new Set([
  'params.quorumOf',
  'params.quorumExcluded',
  'params.quorumMinimum',
  'params.quorumMaximum',
]);

/**
 * The refusal of a contract target for a vote whose quorum is a function, or, on Aragon, which adds a For threshold or
 * margin: OpenZeppelin's GovernorVotesQuorumFraction takes a share of the token's total supply, and Aragon's
 * TokenVoting takes ratios of the total voting power; neither has these settings. Charter's Governors count the For
 * threshold and margin and run the quorum's base and bounds (CharterCounting). Undefined for a vote without them.
 */
function shapedQuorumRefusal(
  target: 'openzeppelin' | 'aragon',
  p: ParamsOf<'majority-vote'>,
): TargetRefusal | undefined {
  const features = shapedQuorumFeatures(p).filter(
    (feature) =>
      target !== 'openzeppelin' || !(forRule.has(feature.field) || governorQuorumFields.has(feature.field)),
  );
  if (features.length === 0) return undefined;
  return cannot(
    target,
    joinFeatures(features),
    target === 'openzeppelin'
      ? {
          en: "Its GovernorVotesQuorumFraction takes a share of the token's total supply. Deploy a governor that overrides quorum(), or remove these settings.",
          ko: 'GovernorVotesQuorumFraction은 토큰 총공급량의 비율만 받습니다. quorum()을 재정의한 거버너를 배포하거나 이 설정을 없애세요.',
        }
      : {
          en: "TokenVoting's minimum participation and support threshold are ratios of the total voting power. Remove these settings to use Aragon.",
          ko: 'TokenVoting의 최소 참여율과 찬성 기준은 전체 투표권에 대한 비율입니다. Aragon을 쓰려면 이 설정을 없애세요.',
        },
  );
}

/**
 * A majority vote on Snapshot is a `basic` vote (For, Against, Abstain). Snapshot counts every vote toward quorum (its
 * getProposalCurrentQuorum sums `scores_total`), shows a basic proposal as passed when For beats Against, and always
 * lets voters change their vote until the end (snapshot-sequencer src/writer/vote.ts updates the earlier vote): so
 * only quorum counting "all", a 50% support threshold and the vote-replacement mode carry over.
 */
function snapshotVote(p: ParamsOf<'majority-vote'>): SnapshotVoteSpec {
  const unsupported: { message: { en: string; ko: string }; field: string }[] = [];
  if (p.quorumCounts !== 'all')
    unsupported.push({
      message: {
        en:
          `Snapshot counts every vote (For, Against and Abstain) toward quorum, so it cannot count only ` +
          `${p.quorumCounts === 'for' ? 'For' : 'For and Abstain'} as this vote does. Choose "all" for the votes ` +
          'that count toward quorum to use Snapshot.',
        ko: `Snapshot은 모든 표(찬성, 반대, 기권)를 정족수에 세므로, 이 투표처럼 ${p.quorumCounts === 'for' ? '찬성' : '찬성과 기권'}만 셀 수 없습니다. Snapshot을 쓰려면 "정족수에 세는 표"를 모든 표로 바꾸세요.`,
      },
      field: 'params.quorumCounts',
    });
  const support = percentToFraction(p.supportThreshold);
  if (support.numerator * 2n !== support.denominator)
    unsupported.push({
      message: {
        en:
          'Snapshot shows a basic proposal as passed when For beats Against, a support threshold of 50%; it ' +
          `cannot require ${formatPercent(p.supportThreshold)}.`,
        ko: `Snapshot은 기본 제안에서 찬성이 반대보다 많으면(찬성 비율 50%) 통과로 표시하므로, ${formatPercent(p.supportThreshold)}를 요구할 수 없습니다.`,
      },
      field: 'params.supportThreshold',
    });
  if (p.votingMode !== 'vote-replacement')
    unsupported.push({
      message: {
        en:
          'Snapshot lets voters change their vote until voting ends' +
          (p.votingMode === 'early-execution' ? ' and never ends a vote early' : '') +
          '. Choose "vote-replacement" as the voting mode to use Snapshot.',
        ko:
          'Snapshot에서는 투표가 끝날 때까지 표를 바꿀 수 있습니다' +
          (p.votingMode === 'early-execution' ? '. 투표를 일찍 끝내지도 않습니다' : '') +
          '. Snapshot을 쓰려면 "투표 방식"을 투표 변경으로 바꾸세요.',
      },
      field: 'params.votingMode',
    });
  if (p.lateQuorumExtension > 0)
    unsupported.push({
      message: {
        en:
          'Snapshot cannot extend a vote when quorum is reached late. Set the late-quorum extension (now ' +
          `${formatDuration(p.lateQuorumExtension)}) to 0 to use Snapshot.`,
        ko: `Snapshot은 정족수가 늦게 채워져도 투표를 연장할 수 없습니다. Snapshot을 쓰려면 막판 정족수 연장(지금 ${formatDuration(p.lateQuorumExtension, 'ko')})을 0으로 하세요.`,
      },
      field: 'params.lateQuorumExtension',
    });
  if (p.superQuorum !== undefined)
    unsupported.push({
      message: {
        en: 'Snapshot has no super quorum that ends a vote early. Remove the super quorum to use Snapshot.',
        ko: 'Snapshot에는 투표를 일찍 끝내는 초과 정족수가 없습니다. Snapshot을 쓰려면 초과 정족수를 없애세요.',
      },
      field: 'params.superQuorum',
    });
  for (const feature of shapedQuorumFeatures(p))
    unsupported.push({
      message: {
        en: `Snapshot's basic vote has a fixed quorum and passes when For beats Against, so it cannot run ${feature.what.en}. Remove it to use Snapshot.`,
        ko: `Snapshot의 기본 투표는 정족수가 고정되어 있고 찬성이 반대보다 많으면 통과하므로, ${koreanParticle(feature.what.ko, '을', '를')} 실행할 수 없습니다. Snapshot을 쓰려면 이 설정을 없애세요.`,
      },
      field: feature.field,
    });
  return {
    type: 'basic',
    delay: p.votingDelay,
    period: p.votingPeriod,
    periodField: 'params.votingPeriod',
    quorum: p.quorum,
    quorumField: 'params.quorum',
    unsupported,
  };
}

/**
 * A majority vote is the Governor's vote, Aragon's TokenVoting (token holders) or AddresslistVoting (a list of members
 * or signers, one vote each: the Aragon target reads which from the voters' part), or a Snapshot vote; a Safe runs no
 * vote.
 */
export const majorityVoteTargets: TargetDeclarations<'majority-vote'> = {
  openzeppelin: (node, context) =>
    onFailure('openzeppelin', context) ??
    shapedQuorumRefusal('openzeppelin', node.params) ?? { part: 'vote', node },
  aragon: (node, context) =>
    onFailure('aragon', context) ??
    shapedQuorumRefusal('aragon', node.params) ?? { part: 'token-voting', node },
  safe: () =>
    cannot(
      'safe',
      { en: 'a vote: its owners sign', ko: '투표(소유자가 서명함)' },
      {
        en: "Decide with a Multisig whose Signers are the Safe's owners, or execute this vote by the governor.",
        ko: 'Safe 소유자를 서명자로 하는 멀티시그로 결정하거나, 이 투표를 거버너로 실행하세요.',
      },
    ),
  snapshot: (node, context) =>
    onFailure('snapshot', context) ?? { part: 'vote', node, voting: snapshotVote(node.params) },
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
