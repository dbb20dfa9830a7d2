import type { MessageTemplate } from '../message-template.ts';

/** What the OpenZeppelin Governor target says it cannot run as written, in English and Korean. */
export const openzeppelinMessages = {
  'oz.support-threshold': {
    en: `{node}: For must be more than {threshold} of For + Against, which no vote can be, and Charter's Governor rejects such a threshold (CharterInvalidCounting). Set "Support needed" below 100.`,
    ko: '{node}: 찬성이 찬성과 반대를 합한 표의 {threshold:을} 넘어야 하는데, 어떤 투표도 그럴 수 없어 Charter의 거버너는 이런 기준을 거부합니다(CharterInvalidCounting). "필요한 찬성 비율"을 100보다 낮추세요.',
  },
  'oz.early-execution': {
    en: `{node}: early execution ends a vote as soon as its outcome cannot change, which OpenZeppelin's Governor does not do: its votes run to their deadline. The nearest it offers is a super quorum, which passes a vote early once For alone reaches it (GovernorSuperQuorum). Set "Voting mode" to standard to deploy it as an OpenZeppelin Governor.`,
    ko: '{node}: 조기 실행은 결과가 더 바뀔 수 없게 되는 즉시 투표를 끝내지만, OpenZeppelin 거버너의 투표는 마감까지 이어집니다. 가장 가까운 기능은 찬성표만으로 도달하면 투표를 일찍 가결하는 초과 정족수(GovernorSuperQuorum)입니다. OpenZeppelin 거버너로 배포하려면 "투표 방식"을 표준으로 바꾸세요.',
  },
  'oz.vote-replacement': {
    en: `{node}: vote replacement lets voters change their vote, but OpenZeppelin's Governor (GovernorCountingSimple) takes one vote from each account and rejects a second (GovernorAlreadyCastVote). Set "Voting mode" to standard to deploy it as an OpenZeppelin Governor.`,
    ko: '{node}: 투표 변경은 투표자가 표를 바꿀 수 있게 하지만, OpenZeppelin 거버너(GovernorCountingSimple)는 계정마다 한 표만 받고 두 번째 표는 거부합니다(GovernorAlreadyCastVote). OpenZeppelin 거버너로 배포하려면 "투표 방식"을 표준으로 바꾸세요.',
  },
  'oz.plain-balance': {
    en: `{node}: voting power from the plain balance keeps no history, but OpenZeppelin's Governor reads each voter's power at the proposal's start from an ERC20Votes token (GovernorVotes), so tokens bought during a vote cannot count twice. Set "Voting power from" to erc20-votes to use it for {vote}.`,
    ko: '{node}: 단순 잔고 기준의 투표권은 기록이 남지 않는데, OpenZeppelin 거버너는 투표 중에 산 토큰이 두 번 계산되지 않도록 제안 시작 시점의 투표권을 ERC20Votes 토큰에서 읽습니다(GovernorVotes). {vote}에 쓰려면 "투표권 기준"을 erc20-votes로 바꾸세요.',
  },
  'oz.comp-votes-share': {
    en: `{node}: {symbol} is a Compound-style vote token (getPriorVotes), which keeps no past total supply (it has no getPastTotalSupply), so {vote}'s quorum of {share} of the supply cannot be read at the proposal's start as OpenZeppelin's GovernorVotesQuorumFraction reads it. Reading totalSupply() when each vote is counted instead would let tokens minted during a vote move the quorum (UNI can mint), so Charter refuses it. Give {vote} a quorum in tokens.`,
    ko: '{node}: {symbol:은} Compound 방식 투표 토큰(getPriorVotes)이라 과거 총 공급량을 기록하지 않으므로(getPastTotalSupply가 없음), {vote}의 공급량 {share} 정족수를 OpenZeppelin의 GovernorVotesQuorumFraction처럼 제안 시작 시점 기준으로 읽을 수 없습니다. 표를 셀 때마다 totalSupply()를 읽으면 투표 중에 발행된 토큰이 정족수를 바꿀 수 있어(UNI는 발행 가능) Charter는 이를 거부합니다. {vote}의 정족수를 토큰 수로 정하세요.',
  },
  'oz.comp-supply-too-large': {
    en: `{node}: a total supply of {supply} with {decimals} decimals is more than a Compound-style vote token can hold (2^96 − 1 base units: Comp.sol keeps balances and votes in uint96), so no such token exists to count. Lower the supply or the decimals.`,
    ko: '{node}: 소수 자릿수 {decimals}자리에 총 공급량 {supply:은} Compound 방식 투표 토큰이 담을 수 있는 양(기본 단위 2^96 − 1: Comp.sol은 잔고와 투표권을 uint96으로 기록)보다 많아, 셀 수 있는 그런 토큰이 있을 수 없습니다. 공급량이나 소수 자릿수를 줄이세요.',
  },
  'oz.comp-votes-timestamp': {
    en: `{node}: {symbol} is a Compound-style vote token, whose checkpoints count blocks (getPriorVotes takes a block number), but the chain's clock is set to timestamps. Set the clock to block numbers to use it for {vote}.`,
    ko: '{node}: {symbol:은} 체크포인트를 블록 번호로 세는 Compound 방식 투표 토큰인데(getPriorVotes는 블록 번호를 받음), 체인의 시계가 타임스탬프로 되어 있습니다. {vote}에 쓰려면 시계를 블록 번호로 바꾸세요.',
  },
  'oz.comp-votes-new-token': {
    en: `{node}: votes read Compound-style (getPriorVotes) come from a token that already exists, such as COMP or UNI, and {symbol} has no address; a new token Charter deploys is an ERC20Votes token. Give the token's address, or set "Voting power from" to Delegated votes.`,
    ko: '{node}: Compound 방식(getPriorVotes)으로 읽는 투표권은 COMP나 UNI처럼 이미 있는 토큰에서 오는데, {symbol}에는 주소가 없습니다. Charter가 새로 배포하는 토큰은 ERC20Votes 토큰입니다. 토큰의 주소를 적거나 "투표권 기준"을 위임된 투표권으로 바꾸세요.',
  },
  'oz.no-delegation': {
    en: `{node}: holders may not delegate, but the ERC20Votes token OpenZeppelin's Governor counts lets every holder delegate to anyone, and counts only delegated votes (holders delegate to themselves to vote). Turn delegation on to use it for {vote}.`,
    ko: '{node}: 보유자가 위임할 수 없게 되어 있는데, OpenZeppelin 거버너가 세는 ERC20Votes 토큰은 모든 보유자가 누구에게나 위임할 수 있고 위임된 표만 셉니다(투표하려면 자기 자신에게 위임합니다). {vote}에 쓰려면 위임을 켜세요.',
  },
  'oz.supply-too-large': {
    en: `{node}: a total supply of {supply} with {decimals} decimals is more than an ERC20Votes token can hold (2^208 − 1 base units), so OpenZeppelin's Governor cannot count it. Lower the supply or the decimals.`,
    ko: '{node}: 소수 자릿수 {decimals}자리에 총 공급량 {supply:은} ERC20Votes 토큰이 담을 수 있는 양(기본 단위 2^208 − 1)보다 많아 OpenZeppelin 거버너가 셀 수 없습니다. 공급량이나 소수 자릿수를 줄이세요.',
  },
  'oz.super-quorum-below': {
    en: `{node}: its super quorum ({superQuorum}) is below its quorum ({quorum}), and OpenZeppelin's GovernorVotesSuperQuorumFraction rejects a super quorum below the quorum (GovernorInvalidSuperQuorumTooSmall). Raise the super quorum or lower the quorum.`,
    ko: '{node}: 초과 정족수({superQuorum})가 정족수({quorum})보다 낮은데, OpenZeppelin의 GovernorVotesSuperQuorumFraction은 정족수보다 낮은 초과 정족수를 거부합니다(GovernorInvalidSuperQuorumTooSmall). 초과 정족수를 높이거나 정족수를 낮추세요.',
  },
  'oz.too-long': {
    en: "{node}: a {what} of {duration} is {units}, more than the {max} that OpenZeppelin's Governor can hold ({type}). Make it at most {longest}.",
    ko: '{node}: {what} {duration:은} {units:으로}, OpenZeppelin 거버너가 담을 수 있는 {max}보다 큽니다({type}). {longest} 이하로 줄이세요.',
  },
  'oz.period-zero': {
    en: "{node}: a voting period of {duration} is {units}, and OpenZeppelin's Governor rejects a voting period of 0 (GovernorInvalidVotingPeriod). Make it at least {oneUnit}.",
    ko: '{node}: 투표 기간 {duration:은} {units:으로}, OpenZeppelin 거버너는 0인 투표 기간을 거부합니다(GovernorInvalidVotingPeriod). {oneUnit} 이상으로 늘리세요.',
  },
  'oz.extension-zero': {
    en: '{node}: a late-quorum extension of {duration} is {units}, which would turn it off. Make it at least {oneUnit}, or 0 to turn it off.',
    ko: '{node}: 막판 정족수 연장 {duration:은} {units:으로} 계산되어 연장이 꺼지게 됩니다. {oneUnit} 이상으로 늘리거나, 끄려면 0으로 하세요.',
  },
  'oz.extension-too-long': {
    en: "{node}: a late-quorum extension of {duration} ({units}) is longer than its voting period ({periodUnits}), and OpenZeppelin's GovernorPreventLateQuorum rejects an extension longer than the voting period. Make it at most {period}.",
    ko: '{node}: 막판 정족수 연장({duration}, {units})이 투표 기간({periodUnits})보다 긴데, OpenZeppelin의 GovernorPreventLateQuorum은 투표 기간보다 긴 연장을 거부합니다. {period} 이하로 줄이세요.',
  },
  'oz.threshold-too-precise': {
    en: '{node}: {value} has more decimal places than {symbol}, which has {places}, so it cannot be counted exactly. Round it.',
    ko: '{node}: {value}의 소수 자릿수가 {symbol}보다 많아({places}) 정확히 셀 수 없습니다. 반올림하세요.',
  },
  'oz.threshold-too-large': {
    en: "{node}: {amount} of voting power to propose is more base units than OpenZeppelin's Governor can hold (uint256). Lower it.",
    ko: '{node}: 제안에 필요한 투표권 {amount:은} OpenZeppelin 거버너가 담을 수 있는 기본 단위 수(uint256)보다 많습니다. 줄이세요.',
  },
  'oz.amount-too-large': {
    en: "{node}: {amount} is more base units than OpenZeppelin's Governor can hold (uint256). Lower it.",
    ko: '{node}: {amount:은} OpenZeppelin 거버너가 담을 수 있는 기본 단위 수(uint256)보다 많습니다. 줄이세요.',
  },
  'oz.super-quorum-grace': {
    en: `{node}: it has a super quorum, and {timelock} has a grace period; Charter's Governors that expire a queued proposal (over Compound's Timelock, or over a TimelockController) have no super quorum. Remove the super quorum, or set the grace period of {timelock} to 0.`,
    ko: '{node}: 초과 정족수가 있고 {timelock}에 유예 기간이 있는데, 대기 중인 제안을 만료시키는 Charter 거버너(Compound 타임락을 쓰는 것이든 TimelockController를 쓰는 것이든)에는 초과 정족수가 없습니다. 초과 정족수를 없애거나 {timelock}의 유예 기간을 0으로 하세요.',
  },
  'oz.arbitrum-blocks': {
    en: "On Arbitrum (chain {chain}), block.number is Ethereum's block number, which advances about every 12 seconds, not every {blockTime} s: a Governor counting blocks would run {factor} times longer than the rules say. Set the block time to 12, or use a timestamp clock.",
    ko: 'Arbitrum(체인 {chain})에서 block.number는 이더리움의 블록 번호라서 {blockTime}초가 아니라 약 12초마다 늘어납니다. 블록을 세는 거버너는 규칙보다 {factor}배 길게 돌아갑니다. 블록 시간을 12로 하거나 타임스탬프 시계를 쓰세요.',
  },
  'oz.second-timelock': {
    en: "{node}: a Governor has one TimelockController, on its own chain, and {first} is already on this path. If both wait on this chain, merge them into one whose delay is their sum. A wait on another chain or for a bridge (an L1 timelock, a withdrawal's challenge period) is not a timelock a Governor can deploy, so this path cannot run on one.",
    ko: '{node}: 거버너에는 자기 체인의 TimelockController가 하나뿐인데, 이 경로에는 이미 {first:이} 있습니다. 둘 다 이 체인에서 기다리는 것이라면 지연 기간의 합을 가진 하나로 합치세요. 다른 체인에서 기다리거나 브리지를 건너며 기다리는 것(L1 타임락, 출금의 챌린지 기간)은 거버너가 배포할 수 있는 타임락이 아니므로, 이 경로는 거버너 하나로 실행할 수 없습니다.',
  },
  'oz.no-voters': {
    en: '{node}: an OpenZeppelin Governor counts the votes of an ERC20Votes token, but nobody votes here.',
    ko: '{node}: OpenZeppelin 거버너는 ERC20Votes 토큰의 표를 세는데, 여기에는 투표하는 사람이 없습니다.',
  },
  'oz.other-proposers': {
    en: '{node}: a Governor lets anyone with enough of its own token ({symbol}) propose, but here {proposers} propose. Connect {token} to "Who may propose", or leave it empty.',
    ko: '{node}: 거버너에서는 자기 토큰({symbol})을 충분히 가진 누구나 제안할 수 있는데, 여기서는 {proposers:이} 제안합니다. {token:을} "제안 자격자"에 연결하거나 비워 두세요.',
  },
  'oz.veto-second': {
    en: "{node}: a Governor has one TimelockController, whose delay is the veto's window, and {first} is already the veto on this path. Merge the vetoes into one.",
    ko: '{node}: 거버너에는 TimelockController가 하나뿐이고 그 지연이 거부 기간인데, 이 경로에는 이미 {first:이} 거부권으로 있습니다. 거부권들을 하나로 합치세요.',
  },
  'oz.veto-before-vote': {
    en: "{node}: on OpenZeppelin a veto is cancelling in the TimelockController's delay, which comes after the Governor's vote, but this veto comes before {vote}. Move the veto after the vote.",
    ko: '{node}: OpenZeppelin에서 거부권은 거버너의 투표 뒤에 오는 TimelockController의 지연 동안 취소하는 것인데, 이 거부권은 {vote}보다 앞에 있습니다. 거부권을 투표 뒤로 옮기세요.',
  },
  'oz.veto-no-list': {
    en: "{node}: a TimelockController's cancellers are addresses, but {body} is not a list of them. Give the veto a Members list or Signers as voters.",
    ko: '{node}: TimelockController의 취소자는 주소인데, {body:은} 주소 목록이 아닙니다. 거부권의 투표자로 구성원 목록이나 서명자를 연결하세요.',
  },
  'oz.veto-no-voters': {
    en: "{node}: on OpenZeppelin the vetoing body becomes the TimelockController's cancellers, but nobody may veto here. Give the veto a Members list or Signers as voters.",
    ko: '{node}: OpenZeppelin에서는 거부 기구가 TimelockController의 취소자가 되는데, 여기에는 거부할 수 있는 사람이 없습니다. 거부권의 투표자로 구성원 목록이나 서명자를 연결하세요.',
  },
  'oz.veto-threshold': {
    en: '{node}: {needed} vetoes must block a proposal, but only {members} are listed, so no veto can ever block one, and a Safe of {members} owners cannot need {needed} signatures. Set "Vetoes that block" to at most {members}, or list more members.',
    ko: '{node}: 제안을 막으려면 거부 {needed}개가 필요한데 목록에는 {members}명뿐이라 어떤 거부로도 막을 수 없고, 소유자 {members}명인 Safe는 서명 {needed}개를 요구할 수 없습니다. "차단에 필요한 거부"를 {members} 이하로 하거나 구성원을 더 넣으세요.',
  },
  'oz.veto-and-timelock': {
    en: "{node}: on OpenZeppelin the veto's window of {window} is the TimelockController's delay, during which the vetoing body may cancel; {timelock} would lengthen that one delay, letting the body cancel after its window too. Remove {timelock} and make the veto's window the whole delay, or remove the veto and list the body as the Cancellers of {timelock}.",
    ko: '{node}: OpenZeppelin에서 거부 기간 {window:은} TimelockController의 지연이고 그동안 거부 기구가 취소할 수 있습니다. {timelock:은} 그 하나뿐인 지연을 늘려, 거부 기간이 지난 뒤에도 취소할 수 있게 만듭니다. {timelock:을} 없애고 거부 기간을 전체 지연으로 하거나, 거부권을 없애고 그 기구를 {timelock}의 취소자로 넣으세요.',
  },
  'oz.delegated-quorum-token': {
    en: "{node}'s quorum is a share of the total delegation at each proposal's snapshot, so the token at {token} must answer getTotalDelegationAt(uint256) with the voting power delegated at that timepoint, as L2ArbitrumToken does since ArbitrumFoundation/governance pull request #369; a token without it makes the Governor's deployment revert (CharterTokenWithoutTotalDelegation), and nothing is deployed that could not count a quorum.",
    ko: '{node}의 정족수는 각 제안의 스냅숏 시점에 위임된 총량에 대한 비율이므로, {token}의 토큰은 L2ArbitrumToken이 ArbitrumFoundation/governance 풀 리퀘스트 #369부터 그러듯 getTotalDelegationAt(uint256)에 그 시점에 위임된 투표권으로 답해야 합니다. 이 함수가 없는 토큰이면 거버너 배포가 되돌려지므로(CharterTokenWithoutTotalDelegation) 정족수를 셀 수 없는 것은 배포되지 않습니다.',
  },
  'oz.delegated-quorum-new-token': {
    en: "{node}'s quorum is a share of the total delegation at each proposal's snapshot, which the new CharterVotesToken keeps exactly (getTotalDelegationAt, as L2ArbitrumToken since ArbitrumFoundation/governance pull request #369).",
    ko: '{node}의 정족수는 각 제안의 스냅숏 시점에 위임된 총량에 대한 비율이며, 새 CharterVotesToken이 이를 정확히 기록합니다(L2ArbitrumToken이 ArbitrumFoundation/governance 풀 리퀘스트 #369부터 그러듯 getTotalDelegationAt).',
  },
  'oz.veto-cancellers': {
    en: '{node} is the TimelockController: each of its {count} cancellers may cancel the queued proposal alone, during the delay of {window} and after it until someone executes the proposal (anyone may, once the delay has passed).',
    ko: '{node:은} TimelockController입니다: 취소자 {count}명은 저마다 혼자 대기 중인 제안을 취소할 수 있고, {window} 지연 동안은 물론 그 뒤에도 누군가 제안을 실행하기 전까지 취소할 수 있습니다(지연이 지나면 누구나 실행할 수 있습니다).',
  },
  'oz.veto-safe': {
    en: '{node} is the TimelockController: its canceller is a Safe of the {count} listed, with threshold {needed}, so any {needed} of the {count} listed can cancel the queued proposal through the Safe, during the delay of {window} and after it until someone executes the proposal (anyone may, once the delay has passed). Create the Safe at {address} (through the canonical SafeProxyFactory v1.4.1) with the setup the output lists.',
    ko: '{node:은} TimelockController입니다: 취소자는 목록의 {count}명으로 이루어진 임계값 {needed}인 Safe이므로, {count}명 중 누구든 {needed}명이 Safe를 통해 대기 중인 제안을 취소할 수 있고, {window} 지연 동안은 물론 그 뒤에도 누군가 제안을 실행하기 전까지 취소할 수 있습니다(지연이 지나면 누구나 실행할 수 있습니다). 출력에 나온 설정으로 {address}에 Safe를 만드세요(정식 SafeProxyFactory v1.4.1로).',
  },
  'oz.grace-governor': {
    en: 'The Governor keeps the grace period of {node}: only it executes on the TimelockController (anyone may call its execute once the delay of {delay} has passed), and from {grace} after that it calls the proposal Expired and will not execute it.',
    ko: '{node}의 유예 기간은 거버너가 지킵니다: TimelockController에서 실행하는 것은 거버너뿐이고({delay} 지연이 지나면 누구나 거버너의 execute를 부를 수 있습니다), 그로부터 {grace:이} 지나면 거버너는 제안을 만료로 보고 실행하지 않습니다.',
  },
  'oz.deploy-bad-address': {
    en: 'the {contract} address {value} is not a valid address',
    ko: '{contract} 주소가 올바른 주소가 아닙니다: {value}',
  },
  'oz.deploy-no-token-address': {
    en: "{electorate} has no token address in the document; set it to encode the Governor's arguments",
    ko: '{electorate}의 토큰 주소가 문서에 없습니다. 거버너의 생성자 인자를 인코딩하려면 토큰 주소를 입력하세요',
  },
} as const satisfies Record<string, MessageTemplate>;
