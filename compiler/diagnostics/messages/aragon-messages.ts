import type { MessageTemplate } from '../message-template.ts';

/** What Aragon's TokenVoting target says it cannot run as written, in English and Korean. */
export const aragonMessages = {
  'aragon.quorum-counts': {
    en: `{node}: Aragon's TokenVoting counts every vote (For, Against and Abstain) toward its minimum participation and For alone toward its minimum approval, so it cannot count For and Abstain together as this vote does. Choose "all" or "for" for the votes that count toward quorum to use Aragon.`,
    ko: '{node}: Aragon의 TokenVoting은 최소 참여율에 모든 표(찬성, 반대, 기권)를, 최소 찬성률에 찬성표만 세므로, 이 투표처럼 찬성과 기권을 함께 셀 수 없습니다. Aragon을 쓰려면 "정족수에 세는 표"를 모든 표나 찬성으로 바꾸세요.',
  },
  'aragon.support-too-high': {
    en: '{node}: Aragon needs the support threshold below 100% (at most 99.9999%): For must be strictly more than {threshold} of For + Against, which no vote can reach.',
    ko: '{node}: Aragon은 찬성 비율이 100%보다 낮아야 합니다(최대 99.9999%). 찬성이 찬성과 반대를 합한 표의 {threshold:을} 넘어야 하는데, 어떤 투표도 그럴 수 없습니다.',
  },
  'aragon.period-too-short': {
    en: "{node}: Aragon's {plugin} needs a voting period of at least 1 hour; this vote lasts {duration}.",
    ko: '{node}: Aragon의 {plugin}은 투표 기간이 1시간 이상이어야 하는데, 이 투표는 {duration}입니다.',
  },
  'aragon.period-too-long': {
    en: "{node}: Aragon's {plugin} takes a voting period of at most 365 days; this vote lasts {duration}.",
    ko: '{node}: Aragon의 {plugin}은 투표 기간이 최대 365일인데, 이 투표는 {duration}입니다.',
  },
  'aragon.voting-delay': {
    en: "{node}: Aragon's {plugin} has no voting delay: voting opens when the proposal is created, and the plugin does not enforce a later start. Set the voting delay (now {duration}) to 0 to use Aragon.",
    ko: '{node}: Aragon의 {plugin}에는 투표 대기 기간이 없습니다. 제안이 만들어지면 바로 투표가 열리고, 플러그인은 더 늦은 시작을 강제하지 않습니다. Aragon을 쓰려면 투표 대기 기간(지금 {duration})을 0으로 하세요.',
  },
  'aragon.late-quorum': {
    en: "{node}: Aragon's {plugin} cannot extend a vote when quorum is reached late. Set the late-quorum extension (now {duration}) to 0 to use Aragon.",
    ko: '{node}: Aragon의 {plugin}은 정족수가 늦게 채워져도 투표를 연장할 수 없습니다. Aragon을 쓰려면 막판 정족수 연장(지금 {duration})을 0으로 하세요.',
  },
  'aragon.super-quorum': {
    en: "{node}: Aragon's {plugin} has no super quorum that ends a vote early once For reaches {share} of the supply (its early execution waits until the outcome cannot change). Remove the super quorum to use Aragon.",
    ko: '{node}: Aragon의 {plugin}에는 찬성이 공급량의 {share}에 이르면 투표를 일찍 끝내는 초과 정족수가 없습니다(조기 실행은 결과가 더 바뀔 수 없을 때까지 기다립니다). Aragon을 쓰려면 초과 정족수를 없애세요.',
  },
  'aragon.other-proposers': {
    en: "{node}: Aragon's TokenVoting lets anyone with enough of the voting token propose; it cannot take proposers from {proposers}, who are not {holders}.",
    ko: '{node}: Aragon의 TokenVoting에서는 투표 토큰을 충분히 가진 누구나 제안할 수 있어, {holders:이} 아닌 {proposers}에서 제안자를 받을 수 없습니다.',
  },
  'aragon.wrapped-token': {
    en: `{node}: Aragon's TokenVotingSetup wraps {symbol}, a plain ERC-20 without checkpointed votes, in a new governance token: only holders who deposit their {symbol} into it can vote or propose, and {counted}. Use a token with checkpointed votes (ERC20Votes, standard "erc20-votes"), which Aragon uses as it is, or signal this vote on Snapshot, which reads plain balances.`,
    ko: '{node}: Aragon의 TokenVotingSetup은 투표 기록(체크포인트)이 없는 일반 ERC-20인 {symbol:을} 새 거버넌스 토큰으로 감쌉니다. {symbol:을} 예치한 보유자만 투표하거나 제안할 수 있고, {counted}. 체크포인트 투표가 있는 토큰(ERC20Votes, 표준 "erc20-votes")은 Aragon이 그대로 쓰니 그런 토큰을 쓰거나, 단순 잔고를 읽는 Snapshot에서 이 투표를 신호로 받으세요.',
  },
  'aragon.comp-votes': {
    en: `{node}: {symbol} is a Compound-style vote token (getPriorVotes, getCurrentVotes), and Aragon's TokenVoting reads IVotes (getPastVotes, getPastTotalSupply), which it does not answer: TokenVotingSetup would wrap it in a new governance token that only holders who deposit their {symbol} could vote with. Run this vote on an OpenZeppelin Governor, which reads getPriorVotes, or signal it on Snapshot (comp-like-votes).`,
    ko: '{node}: {symbol:은} Compound 방식 투표 토큰(getPriorVotes, getCurrentVotes)인데, Aragon의 TokenVoting은 이 토큰이 답하지 않는 IVotes(getPastVotes, getPastTotalSupply)를 읽습니다. TokenVotingSetup은 이 토큰을 새 거버넌스 토큰으로 감싸, {symbol:을} 예치한 보유자만 투표할 수 있게 됩니다. 이 투표는 getPriorVotes를 읽는 OpenZeppelin 거버너로 실행하거나 Snapshot(comp-like-votes)에서 신호로 받으세요.',
  },
  'aragon.no-voters': {
    en: '{node}: has no voters to run on Aragon.',
    ko: '{node}: Aragon에서 실행할 투표자가 없습니다.',
  },
  'aragon.not-token-holders': {
    en: "{node}: Aragon's TokenVoting needs ERC-20 token holders as voters, and {voters} are not. (A list of members or signers votes on Aragon's AddresslistVoting, one vote each, or approves on its Multisig.)",
    ko: '{node}: Aragon의 TokenVoting은 투표자로 ERC-20 토큰 보유자가 필요한데, {voters:은} 토큰 보유자가 아닙니다. (구성원이나 서명자 목록은 Aragon의 AddresslistVoting에서 한 사람당 한 표로 투표하거나 Multisig에서 승인합니다.)',
  },
  'aragon.no-token-address': {
    en: "{node}: Aragon's TokenVoting needs the address of the {symbol} contract. Without one Aragon deploys a new token and must be told who receives its {supply}, which the rules do not say. Add the token's address.",
    ko: '{node}: Aragon의 TokenVoting에는 {symbol} 컨트랙트의 주소가 필요합니다. 주소가 없으면 Aragon이 새 토큰을 배포하므로 {supply:을} 누가 받을지 정해야 하는데, 규칙에는 그 내용이 없습니다. 토큰 주소를 추가하세요.',
  },
  'aragon.zero-supply': {
    en: "{node}: Aragon sets the quorum as a share of the supply, and {symbol}'s total supply is 0.",
    ko: '{node}: Aragon은 정족수를 공급량 대비 비율로 정하는데, {symbol}의 총 공급량이 0입니다.',
  },
  'aragon.quorum-above-supply': {
    en: "{node}: the quorum of {amount} is more than the whole supply of {supply}, so Aragon's quorum, a share of the supply, cannot reach it.",
    ko: '{node}: 정족수 {amount:이} 전체 공급량 {supply}보다 많아, 공급량 대비 비율인 Aragon의 정족수로는 닿을 수 없습니다.',
  },
  'aragon.quorum-millionths': {
    en: "{node}: Aragon sets the quorum as a share of the token's supply in millionths (parts of 10^6), and {amount} of {supply} is {exact} millionths, which it cannot hold. Use a quorum of {below}% or {above}%.",
    ko: '{node}: Aragon은 정족수를 토큰 공급량의 백만분율(10^6분의 몇)로 정하는데, {supply} 중 {amount:은} 백만분의 {exact:이라서} 담을 수 없습니다. 정족수를 {below}%나 {above}%로 하세요.',
  },
  'aragon.ratio-millionths': {
    en: '{node}: Aragon counts {what} in millionths (parts of 10^6), and {percent} is {exact} millionths, which it cannot hold. Use {below}% or {above}%.',
    ko: '{node}: Aragon은 {what:을} 백만분율(10^6분의 몇)로 세는데, {percent:은} 백만분의 {exact:이라서} 담을 수 없습니다. {below}%나 {above}%로 하세요.',
  },
  'aragon.addresslist-quorum-counts': {
    en: `{node}: Aragon's AddresslistVoting counts every vote (For, Against and Abstain) toward its minimum participation and has no minimum approval, so it cannot count only {counted} toward quorum as this vote does. Choose "all" for the votes that count toward quorum to use Aragon.`,
    ko: '{node}: Aragon의 AddresslistVoting은 최소 참여율에 모든 표(찬성, 반대, 기권)를 세고 최소 찬성률이 없어, 이 투표처럼 {counted}만 정족수에 셀 수 없습니다. Aragon을 쓰려면 "정족수에 세는 표"를 모든 표로 바꾸세요.',
  },
  'aragon.addresslist-absolute-quorum': {
    en: "{node}: Aragon's AddresslistVoting sets the quorum as a share of the members listed when each proposal is created (rounded up), not as a number of people, and its list can grow or shrink. Write the quorum of {amount} as a percentage of the members to use Aragon.",
    ko: '{node}: Aragon의 AddresslistVoting은 정족수를 사람 수가 아니라 제안이 만들어질 때 목록에 있는 구성원 대비 비율(올림)로 정하며, 목록은 늘거나 줄 수 있습니다. Aragon을 쓰려면 정족수 {amount:을} 구성원 대비 백분율로 적으세요.',
  },
  'aragon.addresslist-proposer-power': {
    en: "{node}: on Aragon's AddresslistVoting every member has one vote, so proposing can need at most one: a voting power to propose of {amount} would let nobody propose. Use 1 (any listed member) or 0 (anyone).",
    ko: '{node}: Aragon의 AddresslistVoting에서는 구성원마다 한 표이므로 제안에 필요한 투표권은 최대 1입니다. 제안에 필요한 투표권이 {amount}일 때는 아무도 제안할 수 없습니다. 1(목록의 구성원 누구나)이나 0(누구나)으로 하세요.',
  },
  'aragon.addresslist-other-proposers': {
    en: "{node}: Aragon's AddresslistVoting lets its listed members propose (or anyone); it cannot take proposers from {proposers}, who are not {members}.",
    ko: '{node}: Aragon의 AddresslistVoting에서는 목록의 구성원(또는 누구나)이 제안하므로, {members:이} 아닌 {proposers}에서 제안자를 받을 수 없습니다.',
  },
  'aragon.addresslist-duplicate': {
    en: "{node}: lists {address} more than once; Aragon's AddresslistVoting reverts when a member is added twice. List each member once.",
    ko: '{node}: {address:을} 두 번 이상 적었습니다. Aragon의 AddresslistVoting은 같은 구성원을 두 번 추가하면 되돌립니다(revert). 구성원마다 한 번씩만 적으세요.',
  },
} as const satisfies Record<string, MessageTemplate>;
