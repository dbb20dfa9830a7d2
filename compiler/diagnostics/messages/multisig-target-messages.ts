import type { MessageTemplate } from '../message-template.ts';

/** What the Safe and Aragon Multisig targets say they cannot run as written, in English and Korean. */
export const multisigTargetMessages = {
  'safe.owners-not-list': {
    en: '{node}: a Safe needs a fixed list of addresses as its owners (Signers or a Members list), not {who}.',
    ko: '{node}: Safe의 소유자로는 정해진 주소 목록(서명자나 구성원 목록)이 필요하며, {who:은} 쓸 수 없습니다.',
  },
  'safe.no-owners': {
    en: '{node}: a Safe needs a fixed list of addresses as its owners (Signers or a Members list), not nobody.',
    ko: '{node}: Safe의 소유자로는 정해진 주소 목록(서명자나 구성원 목록)이 필요한데, 연결된 투표자가 없습니다.',
  },
  'safe.owner-refused': {
    en: "{node}: {address} cannot own a Safe: the zero address and 0x…0001, which marks the ends of the Safe's list of owners, are refused.",
    ko: '{node}: {address} 주소는 Safe를 소유할 수 없습니다. 영 주소와, Safe 소유자 목록의 끝을 표시하는 0x…0001은 거부됩니다.',
  },
  'safe.owner-twice': {
    en: '{node}: {address} appears twice (items {first} and {second}); a Safe refuses an owner twice.',
    ko: '{node}: {address} 주소가 두 번 있습니다({first}번째와 {second}번째 항목). Safe는 같은 소유자를 두 번 받지 않습니다.',
  },
  'safe.too-many-owners': {
    en: '{node}: a Safe with {count} owners cannot be created: each owner costs about {gas} gas to set up, so at most {most} fit a {limit}-million-gas block. Give the Safe fewer owners (a council elected by the rest), or let them vote with a Members list.',
    ko: '{node}: 소유자가 {count}명인 Safe는 만들 수 없습니다. 소유자마다 설정에 약 {gas} 가스가 들어 {limit}백만 가스 블록에는 최대 {most}명까지만 들어갑니다. 소유자 수를 줄이거나(나머지가 뽑은 위원회), 구성원 목록으로 투표하게 하세요.',
  },
  'safe.threshold': {
    en: '{node}: a Safe needs between 1 and {owners} confirmations, the number of its owners, and this multisig asks for {threshold}.',
    ko: '{node}: Safe의 확인 수는 1부터 소유자 수인 {owners}까지인데, 이 멀티시그는 {threshold}개를 요구합니다.',
  },
  'safe.anyone-proposes': {
    en: '{node}: a Safe has no on-chain proposals: its transactions are proposed off-chain by its owners or the delegates they name, so it cannot let anyone propose. Let only signers propose to use a Safe.',
    ko: '{node}: Safe에는 온체인 제안이 없습니다. 거래는 소유자나 그들이 지정한 대리인이 오프체인에서 제안하므로 누구나 제안하게 할 수는 없습니다. Safe를 쓰려면 서명자만 제안하게 하세요.',
  },
  'aragon.members-not-list': {
    en: "{node}: Aragon's Multisig needs a fixed list of addresses as its members (Signers or a Members list), not {who}.",
    ko: '{node}: Aragon 멀티시그의 구성원으로는 정해진 주소 목록(서명자나 구성원 목록)이 필요하며, {who:은} 쓸 수 없습니다.',
  },
  'aragon.no-members': {
    en: "{node}: Aragon's Multisig needs a fixed list of addresses as its members (Signers or a Members list), not nobody.",
    ko: '{node}: Aragon 멀티시그의 구성원으로는 정해진 주소 목록(서명자나 구성원 목록)이 필요한데, 연결된 투표자가 없습니다.',
  },
  'aragon.too-many-members': {
    en: "{node}: Aragon's Multisig holds at most 65,535 members, and {list} lists {count}.",
    ko: '{node}: Aragon 멀티시그의 구성원은 최대 65,535명인데, {list}에는 {count}명이 있습니다.',
  },
  'aragon.threshold': {
    en: "{node}: Aragon's Multisig needs between 1 and {most} approvals, the number of its members, and this multisig asks for {threshold}.",
    ko: '{node}: Aragon 멀티시그의 승인 수는 1부터 구성원 수인 {most}까지인데, 이 멀티시그는 {threshold}개를 요구합니다.',
  },
} as const satisfies Record<string, MessageTemplate>;
