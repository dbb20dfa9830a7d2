import type { Severity } from './diagnostic.ts';

/** What the README table says of one diagnostic code. */
export interface DiagnosticCodeInfo {
  severity: Severity;
  /**
   * Where the problem is found: loading the text, checking it against the schema, checking the graph, or
   * compiling a valid document for one target (OpenZeppelin, Aragon, Safe, Snapshot, Gardens), which
   * `validateDocument` never reports, or linting a valid document for designs that are legal but risky.
   */
  stage: 'load' | 'schema' | 'graph' | 'target' | 'lint';
  /** One line, in English. */
  en: string;
  /** One line, in Korean. */
  ko: string;
}

/**
 * Every diagnostic code Charter reports: the one table that the CLI, the app and the README share.
 * Codes are stable: never rename or reuse one.
 */
export const diagnosticCodes = {
  'not-json': {
    severity: 'error',
    stage: 'load',
    en: 'The text is not valid JSON.',
    ko: '텍스트가 올바른 JSON이 아닙니다.',
  },
  'too-large': {
    severity: 'error',
    stage: 'load',
    en: 'The document is larger than 5 MB.',
    ko: '문서가 5MB보다 큽니다.',
  },
  'too-deep': {
    severity: 'error',
    stage: 'load',
    en: 'The JSON is nested more than 64 levels deep.',
    ko: 'JSON의 중첩 깊이가 64단계를 넘습니다.',
  },
  'forbidden-key': {
    severity: 'error',
    stage: 'load',
    en: 'A key is `__proto__`, `constructor` or `prototype`, which could tamper with the program reading it.',
    ko: '`__proto__`, `constructor`, `prototype` 키는 읽는 프로그램을 변조할 수 있어 허용되지 않습니다.',
  },
  'duplicate-key': {
    severity: 'error',
    stage: 'load',
    en: 'An object names the same key twice: readers could disagree on which value counts.',
    ko: '한 객체에 같은 키가 두 번 있습니다: 읽는 프로그램마다 다른 값을 쓸 수 있습니다.',
  },
  'not-a-document': {
    severity: 'error',
    stage: 'load',
    en: 'The JSON is not a rule document: it needs `nodes` and `edges` lists of objects with ids.',
    ko: '규칙 문서가 아닙니다: id가 있는 객체들의 `nodes`와 `edges` 목록이 필요합니다.',
  },
  'missing-field': {
    severity: 'error',
    stage: 'schema',
    en: 'A required field is missing.',
    ko: '필수 항목이 빠졌습니다.',
  },
  'unknown-field': {
    severity: 'error',
    stage: 'schema',
    en: 'A field Charter does not know (often a typo).',
    ko: 'Charter가 모르는 항목입니다 (대개 오타).',
  },
  'wrong-type': {
    severity: 'error',
    stage: 'schema',
    en: 'A value has the wrong type: text where a number belongs, and so on.',
    ko: '값의 형식이 다릅니다 (숫자 자리에 텍스트 등).',
  },
  'out-of-range': {
    severity: 'error',
    stage: 'schema',
    en: 'A number is below its minimum or above its maximum.',
    ko: '숫자가 최솟값보다 작거나 최댓값보다 큽니다.',
  },
  'bad-format': {
    severity: 'error',
    stage: 'schema',
    en: 'Text is not in the expected form: a percentage, an amount, an id, an address.',
    ko: '텍스트가 기대한 형식(백분율, 금액, id, 주소)이 아닙니다.',
  },
  'bad-address': {
    severity: 'error',
    stage: 'schema',
    en: "An address's mixed-case checksum (EIP-55) does not match: it was likely mistyped.",
    ko: '주소의 대소문자 체크섬(EIP-55)이 맞지 않습니다: 잘못 입력했을 가능성이 큽니다.',
  },
  'bad-choice': {
    severity: 'error',
    stage: 'schema',
    en: 'A value is not one of the allowed choices.',
    ko: '허용된 선택지에 없는 값입니다.',
  },
  'wrong-count': {
    severity: 'error',
    stage: 'schema',
    en: 'A list has too few or too many items.',
    ko: '목록의 항목 수가 너무 적거나 많습니다.',
  },
  'duplicate-item': {
    severity: 'error',
    stage: 'schema',
    en: 'A list holds the same item twice.',
    ko: '목록에 같은 항목이 두 번 있습니다.',
  },
  'unknown-kind': {
    severity: 'error',
    stage: 'graph',
    en: 'A node has a kind Charter does not know.',
    ko: 'Charter가 모르는 종류의 노드입니다.',
  },
  'duplicate-id': {
    severity: 'error',
    stage: 'graph',
    en: 'Two nodes, or two edges, share an id.',
    ko: '두 노드 또는 두 연결선이 같은 id를 씁니다.',
  },
  'edge-dangling': {
    severity: 'error',
    stage: 'graph',
    en: 'An edge starts or ends at a node that does not exist.',
    ko: '연결선이 존재하지 않는 노드에서 시작하거나 끝납니다.',
  },
  'edge-unknown-port': {
    severity: 'error',
    stage: 'graph',
    en: 'An edge uses a port the node does not have, or runs the wrong way (into an output, out of an input).',
    ko: '연결선이 노드에 없는 포트를 쓰거나 방향이 반대입니다.',
  },
  'edge-type-mismatch': {
    severity: 'error',
    stage: 'graph',
    en: 'An edge joins a proposal-flow port to an electorate port.',
    ko: '연결선이 제안 흐름 포트와 투표자 포트를 잇습니다.',
  },
  'duplicate-edge': {
    severity: 'warning',
    stage: 'graph',
    en: 'Two edges join the same two ports.',
    ko: '두 연결선이 같은 두 포트를 잇습니다.',
  },
  'port-too-many': {
    severity: 'error',
    stage: 'graph',
    en: 'A port has more edges than it takes.',
    ko: '포트에 받을 수 있는 것보다 많은 연결선이 있습니다.',
  },
  'port-unconnected': {
    severity: 'error',
    stage: 'graph',
    en: 'A port that needs an edge has none.',
    ko: '연결이 필요한 포트가 비어 있습니다.',
  },
  'no-proposal': {
    severity: 'error',
    stage: 'graph',
    en: 'The document has no proposal node, so nothing can enter the rules.',
    ko: '제안 노드가 없어 어떤 제안도 규칙에 들어올 수 없습니다.',
  },
  'no-electorate': {
    severity: 'error',
    stage: 'graph',
    en: 'A decision has no electorate: nobody can vote on it.',
    ko: '결정에 투표자 집단이 연결되지 않아 아무도 투표할 수 없습니다.',
  },
  'no-outcome': {
    severity: 'error',
    stage: 'graph',
    en: 'A proposal path leads nowhere: an exit is not connected on to an outcome.',
    ko: '제안 경로가 결과에 이르지 못합니다: 출구가 연결되지 않았습니다.',
  },
  'flow-cycle': {
    severity: 'error',
    stage: 'graph',
    en: 'Proposals could loop forever: the flow edges form a cycle.',
    ko: '흐름 연결선이 순환을 이루어 제안이 끝없이 돌 수 있습니다.',
  },
  unreachable: {
    severity: 'warning',
    stage: 'graph',
    en: 'A node no proposal can reach, or an electorate no decision uses.',
    ko: '어떤 제안도 닿지 않는 노드, 또는 어떤 결정도 쓰지 않는 투표자 집단입니다.',
  },
  'duplicate-proposal-type': {
    severity: 'error',
    stage: 'graph',
    en: 'Two proposal nodes accept the same proposal type, so its route is ambiguous.',
    ko: '두 제안 노드가 같은 제안 유형을 받아 경로가 모호합니다.',
  },
  'unknown-proposal-type': {
    severity: 'warning',
    stage: 'graph',
    en: 'A route by type names a proposal type that no proposal node accepts.',
    ko: '유형별 분기가 어떤 제안 노드도 받지 않는 제안 유형을 가리킵니다.',
  },
  'duplicate-port': {
    severity: 'error',
    stage: 'graph',
    en: 'Two branches of a routing node have the same name.',
    ko: '분기 노드의 두 갈래가 같은 이름을 씁니다.',
  },
  'bands-unordered': {
    severity: 'error',
    stage: 'graph',
    en: "A route by amount's limits do not increase from one band to the next.",
    ko: '금액별 분기의 한도가 구간마다 커지지 않습니다.',
  },
  'quorum-bounds': {
    severity: 'error',
    stage: 'graph',
    en: "A majority vote's quorum settings contradict each other: a minimum above the maximum, a rise or a base for an absolute quorum, or a rise limit below where it starts.",
    ko: '다수결 투표의 정족수 설정이 서로 맞지 않습니다: 최소가 최대보다 크거나, 고정된 양의 정족수에 상승이나 기준을 주었거나, 상승 한도가 시작점보다 낮습니다.',
  },
  'unknown-stage': {
    severity: 'error',
    stage: 'graph',
    en: "The document's current stage is missing or names no stage of its stage node.",
    ko: '문서의 현재 단계가 없거나 단계 노드에 없는 단계를 가리킵니다.',
  },
  'wrong-electorate': {
    severity: 'error',
    stage: 'graph',
    en: 'A decision is fed an electorate it cannot use, such as token holders for a k-of-n multisig.',
    ko: '결정이 쓸 수 없는 투표자 집단에 연결되었습니다 (예: k-of-n 멀티시그에 토큰 보유자).',
  },
  'threshold-too-high': {
    severity: 'error',
    stage: 'graph',
    en: 'A multisig or veto needs more approvals than there are signers.',
    ko: '멀티시그나 거부권이 서명자 수보다 많은 승인을 요구합니다.',
  },
  'duplicate-member': {
    severity: 'error',
    stage: 'graph',
    en: 'An address appears twice in a list of signers or members.',
    ko: '서명자 또는 구성원 목록에 같은 주소가 두 번 있습니다.',
  },
  'too-precise': {
    severity: 'error',
    stage: 'graph',
    en: 'An amount has more decimal places than its token has decimals.',
    ko: '금액의 소수 자릿수가 토큰의 소수 자릿수보다 많습니다.',
  },
  'target-unsupported': {
    severity: 'error',
    stage: 'target',
    en: 'A target cannot enforce a node on a path that runs on it (a join, a veto, a limit on amounts) or a rule it states (such as which votes count toward quorum): it names the node, says what to do instead and emits nothing for that path.',
    ko: '대상 컨트랙트나 도구가 그 위에서 실행되는 경로의 노드(합류, 거부권, 금액 한도)나 규칙(예: 정족수에 세는 표)을 강제할 수 없습니다: 그 노드와 대안을 알려 주고, 그 경로에는 아무것도 내보내지 않습니다.',
  },
  'target-out-of-range': {
    severity: 'error',
    stage: 'target',
    en: "A value does not fit the target's bounds, such as a voting period too long for uint32.",
    ko: '값이 대상의 범위를 벗어납니다 (예: uint32에 담기지 않는 긴 투표 기간).',
  },
  'quorum-zero': {
    severity: 'warning',
    stage: 'lint',
    en: 'The quorum is 0: a single vote For can pass a proposal while everyone else is away.',
    ko: '정족수가 0입니다: 다른 사람이 없는 사이 찬성 한 표로 제안이 통과할 수 있습니다.',
  },
  'capture-risk': {
    severity: 'warning',
    stage: 'lint',
    en: 'A few of the largest holders together hold more than the quorum, so they could pass proposals alone.',
    ko: '소수의 최대 보유자가 합쳐 정족수 이상을 가져 단독으로 제안을 통과시킬 수 있습니다.',
  },
  'no-timelock': {
    severity: 'warning',
    stage: 'lint',
    en: 'Treasury transfers can execute with no timelock, leaving no time to react to a bad one.',
    ko: '국고 이체가 타임락 없이 실행될 수 있어 잘못된 이체에 대응할 시간이 없습니다.',
  },
  'period-under-one-block': {
    severity: 'error',
    stage: 'lint',
    en: 'A vote is shorter than one block of the chain, so nobody may be able to vote and a governor would round it to whole blocks.',
    ko: '투표 기간이 체인의 한 블록보다 짧아 아무도 투표하지 못할 수 있고, 거버너는 이를 블록 단위로 반올림합니다.',
  },
  'short-voting-period': {
    severity: 'warning',
    stage: 'lint',
    en: 'A vote lasts less than a day, so many people could miss it.',
    ko: '투표 기간이 하루보다 짧아 많은 사람이 놓칠 수 있습니다.',
  },
  'stage-no-criteria': {
    severity: 'warning',
    stage: 'lint',
    en: 'A stage that is not the last has no criteria to move on.',
    ko: '마지막이 아닌 단계에 다음 단계로 넘어갈 기준이 없습니다.',
  },
  'stage-no-later-stage': {
    severity: 'warning',
    stage: 'lint',
    en: 'A stage node has only one stage: there is no later stage to hand control to.',
    ko: '단계 노드에 단계가 하나뿐이라 권한을 넘길 다음 단계가 없습니다.',
  },
  'yes-no-for-allocation': {
    severity: 'warning',
    stage: 'lint',
    en: 'A budget or allocation is decided by a yes/no vote; a concave mechanism (budget split, quadratic funding) fits better.',
    ko: '예산이나 배분을 찬반 투표로 정합니다: 예산 배분이나 이차 펀딩 같은 오목한 방식이 더 맞습니다.',
  },
  'multisig-threshold-one': {
    severity: 'warning',
    stage: 'lint',
    en: 'A multisig needs only one approval: one lost or stolen key decides.',
    ko: '멀티시그가 승인 하나만 요구합니다: 열쇠 하나를 잃거나 도난당하면 그대로 결정됩니다.',
  },
  'veto-no-window': {
    severity: 'warning',
    stage: 'lint',
    en: 'A veto has no time window, so a passed proposal could be blocked at any time.',
    ko: '거부권에 기한이 없어 가결된 제안이 언제든 막힐 수 있습니다.',
  },
  'expiry-without-cancellers': {
    severity: 'warning',
    stage: 'lint',
    en: "A timelock's cancellers have an end date but the timelock lists no extra cancellers, so the date changes nothing.",
    ko: '타임락의 취소권에 만료 시각이 있지만 추가 취소권자가 없어 그 시각은 아무것도 바꾸지 않습니다.',
  },
  'executes-on-failure': {
    severity: 'warning',
    stage: 'lint',
    en: "A decision's failing exit leads to an execution: what it rejects would be carried out.",
    ko: '결정의 부결 출구가 실행으로 이어집니다: 부결된 것이 실행됩니다.',
  },
} as const satisfies Record<string, DiagnosticCodeInfo>;

/** One of Charter's stable diagnostic codes. */
export type DiagnosticCode = keyof typeof diagnosticCodes;
