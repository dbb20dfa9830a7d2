import type { MessageTemplate } from '../message-template.ts';

/** What the Snapshot target says it cannot run as written, in English and Korean. */
export const snapshotMessages = {
  'snapshot.named': { en: '{node}: {text}', ko: '{node}: {text}' },
  'snapshot.no-voters': {
    en: '{node}: has no voters to run on Snapshot.',
    ko: '{node}: Snapshot에서 실행할 투표자가 없습니다.',
  },
  'snapshot.unreadable-electorate': {
    en: '{node}: {electorate} is not an electorate Snapshot can read.',
    ko: '{node}: {electorate:은} Snapshot이 읽을 수 있는 투표자 집단이 아닙니다.',
  },
  'snapshot.not-a-vote': {
    en: '{node}: Snapshot runs basic, single-choice, approval, ranked-choice, quadratic and weighted votes, not this.',
    ko: '{node}: Snapshot은 기본, 단일 선택, 승인, 순위 선택, 이차, 가중 투표만 실행하며 이 투표는 실행하지 않습니다.',
  },
  'snapshot.delay-too-long': {
    en: '{node}: Snapshot takes a voting delay of at most 30 days; this vote waits {duration}.',
    ko: '{node}: Snapshot의 투표 대기 기간은 최대 30일인데, 이 투표는 {duration} 기다립니다.',
  },
  'snapshot.period-too-long': {
    en: '{node}: Snapshot takes a voting period of at most 366 days; this one lasts {duration}.',
    ko: '{node}: Snapshot의 투표 기간은 최대 366일인데, 이 투표는 {duration} 동안 이어집니다.',
  },
  'snapshot.quorum-not-enforced': {
    en: '{node}: Snapshot shows a quorum on {type} votes but does not enforce it: a closed {type} proposal is only "closed", never passed or rejected, however few vote. Remove the quorum to run this vote on Snapshot, or decide by a majority vote, whose quorum Snapshot enforces.',
    ko: '{node}: Snapshot은 {type} 투표에 정족수를 표시만 하고 강제하지 않습니다. 마감된 {type} 제안은 투표자가 아무리 적어도 "마감"일 뿐 통과나 부결이 되지 않습니다. 이 투표를 Snapshot에서 실행하려면 정족수를 없애거나, Snapshot이 정족수를 강제하는 다수결 투표로 결정하세요.',
  },
  'snapshot.name-too-long': {
    en: 'Snapshot takes a space name of at most 32 characters; "{name}" has {length}.',
    ko: 'Snapshot의 스페이스 이름은 32자까지인데, "{name}" 이름은 {length}자입니다.',
  },
  'snapshot.unknown-chain': {
    en: 'Snapshot does not list chain {chain}, so a space cannot read voting power there. Choose a chain Snapshot lists, such as Ethereum (1), Optimism (10), Polygon (137), Base (8453) or Arbitrum One (42161).',
    ko: 'Snapshot 목록에 체인 {chain:이} 없어 스페이스가 그 체인에서 투표권을 읽을 수 없습니다. Ethereum(1), Optimism(10), Polygon(137), Base(8453), Arbitrum One(42161)처럼 Snapshot이 지원하는 체인을 고르세요.',
  },
  'snapshot.quorum-needs-members': {
    en: "{node}: Snapshot's quorum is an amount of votes, so a quorum of {quorum} needs the number of people who can vote. Set the expected members of {voters}.",
    ko: '{node}: Snapshot의 정족수는 표의 양이므로, 정족수 {quorum}에는 투표할 수 있는 사람 수가 필요합니다. {voters}의 예상 구성원 수를 정하세요.',
  },
  'snapshot.quorum-not-exact': {
    en: '{node}: Snapshot stores the quorum as a JSON number, which cannot hold {amount} exactly; it would read {rounded}.',
    ko: '{node}: Snapshot은 정족수를 JSON 숫자로 저장하는데, {amount:은} 정확히 담을 수 없어 {rounded:으로} 읽힙니다.',
  },
  'snapshot.personhood-power': {
    en: '{node}: each verified person has 1 vote on Snapshot, so nobody could reach a voting power of {power} to propose.',
    ko: '{node}: Snapshot에서는 인증된 사람마다 1표이므로, 제안에 필요한 투표권 {power}에 아무도 이를 수 없습니다.',
  },
  'snapshot.anyone-proposes': {
    en: '{node}: Snapshot refuses a space where anyone may propose unchecked. Set a voting power to propose, such as 1, to use Snapshot.',
    ko: '{node}: Snapshot은 누구나 검사 없이 제안할 수 있는 스페이스를 거부합니다. Snapshot을 쓰려면 1처럼 제안에 필요한 투표권을 정하세요.',
  },
  'snapshot.power-not-exact': {
    en: '{node}: Snapshot stores the voting power to propose as a JSON number, which cannot hold {power} exactly.',
    ko: '{node}: Snapshot은 제안에 필요한 투표권을 JSON 숫자로 저장하는데, {power:은} 정확히 담을 수 없습니다.',
  },
} as const satisfies Record<string, MessageTemplate>;
