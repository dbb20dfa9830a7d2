import type { MessageTemplate } from '../message-template.ts';

/** What the graph checks say, in English and Korean (compiler/validate/graph). */
export const graphMessages = {
  'graph.self-loop': {
    en: '{node} sends proposals back into itself, so they could loop forever. Remove that edge.',
    ko: '{node:이} 제안을 자기 자신에게 되돌려 보내 끝없이 돌 수 있습니다. 그 연결선을 지우세요.',
  },
  'graph.cycle': {
    en: 'Proposals could loop forever through {nodes}: their flow edges form a cycle. Remove one edge of the loop.',
    ko: '제안이 {nodes:을} 거쳐 끝없이 돌 수 있습니다: 흐름 연결선이 순환을 이룹니다. 순환하는 연결선 하나를 지우세요.',
  },
  'graph.edge-starts-at-input': {
    en: 'Edge "{edge}" runs the wrong way: "{port}" is an input of {node}, so the edge must end there.',
    ko: '연결선 "{edge}"의 방향이 반대입니다: "{port}" 포트는 {node}의 입력이므로 연결선이 거기서 끝나야 합니다.',
  },
  'graph.edge-ends-at-output': {
    en: 'Edge "{edge}" runs the wrong way: "{port}" is an output of {node}, so the edge must start there.',
    ko: '연결선 "{edge}"의 방향이 반대입니다: "{port}" 포트는 {node}의 출력이므로 연결선이 거기서 시작해야 합니다.',
  },
  'graph.edge-no-such-output': {
    en: 'Edge "{edge}": {node} has no output "{port}"; its outputs are {ports}.',
    ko: '연결선 "{edge}": {node}에는 "{port}" 출력이 없습니다. 출력은 {ports}입니다.',
  },
  'graph.edge-no-such-input': {
    en: 'Edge "{edge}": {node} has no input "{port}"; its inputs are {ports}.',
    ko: '연결선 "{edge}": {node}에는 "{port}" 입력이 없습니다. 입력은 {ports}입니다.',
  },
  'graph.edge-no-outputs': {
    en: 'Edge "{edge}": {node} has no output "{port}"; {node} has no outputs.',
    ko: '연결선 "{edge}": {node}에는 "{port}" 출력이 없습니다. {node}에는 출력이 하나도 없습니다.',
  },
  'graph.edge-no-inputs': {
    en: 'Edge "{edge}": {node} has no input "{port}"; {node} has no inputs.',
    ko: '연결선 "{edge}": {node}에는 "{port}" 입력이 없습니다. {node}에는 입력이 하나도 없습니다.',
  },
  'graph.edge-dangling-start': {
    en: 'Edge "{edge}" starts at a node that does not exist: {missing}. Remove the edge or restore the node.',
    ko: '연결선 "{edge}"의 시작 노드가 없습니다: {missing}. 연결선을 지우거나 노드를 되살리세요.',
  },
  'graph.edge-dangling-end': {
    en: 'Edge "{edge}" ends at a node that does not exist: {missing}. Remove the edge or restore the node.',
    ko: '연결선 "{edge}"의 도착 노드가 없습니다: {missing}. 연결선을 지우거나 노드를 되살리세요.',
  },
  'graph.edge-type-mismatch': {
    en: 'Edge "{edge}" joins {fromType} ("{fromPort}" of {from}) to {toType} ("{toPort}" of {to}); an edge must join ports of the same type.',
    ko: '연결선 "{edge}": {from}의 "{fromPort}" 포트({fromType})와 {to}의 "{toPort}" 포트({toType})는 종류가 달라 이을 수 없습니다. 같은 종류의 포트끼리 이으세요.',
  },
  'graph.duplicate-edge': {
    en: 'Edge "{edge}" repeats another edge from "{fromPort}" of {from} to "{toPort}" of {to}; remove one.',
    ko: '연결선 "{edge}": {from}의 "{fromPort}" 포트에서 {to}의 "{toPort}" 포트로 가는 연결선이 이미 있습니다. 하나를 지우세요.',
  },
  'graph.duplicate-node-id': {
    en: '{node}: the id "{id}" is already used by {first}. Every node needs its own id.',
    ko: '{node}: {first:이} 이미 같은 id("{id}")를 쓰고 있습니다. 노드마다 고유한 id가 필요합니다.',
  },
  'graph.duplicate-edge-id': {
    en: 'Edge "{edge}": another edge already has this id. Every edge needs its own id.',
    ko: '연결선 "{edge}": 다른 연결선이 이미 이 id를 쓰고 있습니다. 연결선마다 고유한 id가 필요합니다.',
  },
  'graph.port-takes-one': {
    en: '{node}: "{port}" takes one edge but has {count}. Remove the extra ones.',
    ko: '{node}: "{port}" 포트는 연결선을 하나만 받는데 {count}개가 있습니다. 남는 연결선을 지우세요.',
  },
  'graph.port-takes-at-most': {
    en: '{node}: "{port}" takes at most {max} edges but has {count}. Remove the extra ones.',
    ko: '{node}: "{port}" 포트는 연결선을 {max}개까지 받는데 {count}개가 있습니다. 남는 연결선을 지우세요.',
  },
  'graph.exit-goes-nowhere': {
    en: '{node}: proposals that leave by "{port}" ({label}) go nowhere. Connect it to the next step or to an outcome such as Execute or Reject.',
    ko: '{node}: "{port}"({label}) 출구로 나간 제안이 갈 곳이 없습니다. 다음 단계나 실행, 기각 같은 결과에 연결하세요.',
  },
  'graph.no-electorate': {
    en: '{node}: nobody can vote on this decision. Connect an electorate (token holders, members, signers…) to its "{label}" input.',
    ko: '{node}: 이 결정에 투표할 수 있는 사람이 없습니다. "{label}" 입력에 투표자 집단(토큰 보유자, 구성원, 서명자 등)을 연결하세요.',
  },
  'graph.port-needs-an-edge': {
    en: '{node}: "{port}" ({label}) needs an edge but has none.',
    ko: '{node}: "{port}"({label}) 포트에 연결선이 필요한데 하나도 없습니다.',
  },
  'graph.port-needs-edges': {
    en: '{node}: "{port}" ({label}) needs at least {min} edges but has {count}.',
    ko: '{node}: "{port}"({label}) 포트에 연결선이 {min}개 이상 필요한데 지금은 {count}개입니다.',
  },
  'graph.too-precise': {
    en: '{node}: {value} has more decimal places than {unit}, which has {places}, so it cannot be paid or counted exactly. Round it.',
    ko: '{node}: {value}의 소수 자릿수가 {unit}보다 많아({places}) 정확히 지급하거나 셀 수 없습니다. 반올림하세요.',
  },
  'graph.voting-power-decimals': {
    en: '{node}: {value} is voting power, but no electorate is connected to count it in, so it cannot have decimal places. Connect the electorate, or round it.',
    ko: '{node}: {value:은} 투표권인데 이를 셀 투표자 집단이 연결되지 않아 소수점을 쓸 수 없습니다. 투표자 집단을 연결하거나 반올림하세요.',
  },
  'graph.no-proposal': {
    en: 'The document has no Proposal node, so no proposal can enter these rules. Add one and connect it to the first step.',
    ko: '문서에 제안 노드가 없어 어떤 제안도 이 규칙에 들어올 수 없습니다. 제안 노드를 추가하고 첫 단계에 연결하세요.',
  },
  'graph.duplicate-proposal-type': {
    en: '{node}: proposals of type "{type}" already enter at {first}, so it is unclear which rules they follow. Accept each type at one proposal node only.',
    ko: '{node}: "{type}" 유형의 제안은 이미 {first}에서 들어오므로 어느 규칙을 따를지 분명하지 않습니다. 유형마다 제안 노드 하나에서만 받으세요.',
  },
  'graph.unknown-proposal-type': {
    en: '{node}: the branch "{port}" routes "{type}", but no proposal node accepts that type (they accept {known}). Check the spelling, or add it to a proposal node.',
    ko: '{node}: "{port}" 갈래가 "{type}" 유형을 보내지만 그 유형을 받는 제안 노드가 없습니다(받는 유형: {known}). 철자를 확인하거나 제안 노드에 추가하세요.',
  },
  'graph.unused-electorate': {
    en: '{node}: no decision that a proposal can reach uses these voters. Connect them to a decision or remove the node.',
    ko: '{node}: 제안이 닿는 어떤 결정도 이 투표자들을 쓰지 않습니다. 결정에 연결하거나 노드를 지우세요.',
  },
  'graph.unreachable-step': {
    en: '{node}: no proposal can reach this step, so it never runs. Connect it after a proposal or remove it.',
    ko: '{node}: 어떤 제안도 이 단계에 닿지 않아 실행되지 않습니다. 제안 뒤에 연결하거나 지우세요.',
  },
  'graph.duplicate-branch': {
    en: '{node}: two branches are named "{port}", so edges cannot tell them apart. Give each branch its own name.',
    ko: '{node}: 두 갈래가 같은 이름("{port}")을 써서 연결선이 둘을 구별할 수 없습니다. 갈래마다 다른 이름을 붙이세요.',
  },
  'graph.bands-unordered': {
    en: '{node}: band "{band}" (below {limit}) must have a higher limit than band "{before}" (below {beforeLimit}). List bands from the smallest limit up.',
    ko: '{node}: "{band}" 구간({limit} 미만)의 한도는 "{before}" 구간({beforeLimit} 미만)보다 높아야 합니다. 한도가 작은 구간부터 차례로 나열하세요.',
  },
  'graph.quorum-minimum-above-maximum': {
    en: '{node}: the quorum cannot be at least {minimum} and at most {maximum}. Make the minimum lower than the maximum.',
    ko: '{node}: 정족수가 {minimum} 이상이면서 {maximum} 이하일 수는 없습니다. 최소를 최대보다 낮게 하세요.',
  },
  'graph.quorum-shape-needs-share': {
    en: '{node}: the quorum is a fixed amount ({amount}), so it has no share to take of a base, leave addresses out of or raise with Against. Give the quorum as a percent, or remove "{setting}".',
    ko: '{node}: 정족수가 고정된 양({amount})이라 기준에 대한 비율로 계산하거나 주소를 빼거나 반대에 따라 올릴 수 없습니다. 정족수를 비율로 주거나 "{setting}" 설정을 없애세요.',
  },
  'graph.quorum-rise-below-start': {
    en: '{node}: the quorum starts at {start} and may rise only up to {limit}, which is lower. Make the limit at least {start}.',
    ko: '{node}: 정족수는 {start}에서 시작하는데 상승 한도 {limit}{limit:은} 그보다 낮습니다. 한도를 {start} 이상으로 하세요.',
  },
  'graph.stage-without-stages': {
    en: `The document's current stage is "{current}", but it has no Stages node. Remove the current stage, or add a Stages node.`,
    ko: '문서의 현재 단계는 "{current}"인데 단계 노드가 없습니다. 현재 단계를 지우거나 단계 노드를 추가하세요.',
  },
  'graph.stage-not-set': {
    en: 'The document does not say which stage the DAO is in now. Set its current stage to one of {stages}.',
    ko: '문서에 DAO가 지금 어느 단계에 있는지 적혀 있지 않습니다. 현재 단계를 {stages} 중 하나로 정하세요.',
  },
  'graph.stage-unknown': {
    en: `The document's current stage "{current}" is not a stage of {nodes}; the stages are {stages}.`,
    ko: '문서의 현재 단계("{current}")는 {nodes}에 없는 단계입니다. 단계는 {stages}입니다.',
  },
  'graph.wrong-electorate': {
    en: '{node}: {what} counts people from a fixed list, so it needs Signers or a Members list as its voters, not {source}.',
    ko: '{node}: {what:은} 정해진 목록에서 사람 수를 세므로, 투표자로 {source:이} 아니라 서명자나 구성원 목록이 필요합니다.',
  },
  'graph.wrong-electorate-weighted': {
    en: '{node}: {what} counts people from a fixed list, so it needs Signers or a Members list as its voters, not {source} through a weighting.',
    ko: '{node}: {what:은} 정해진 목록에서 사람 수를 세므로, 가중치를 거친 {source:이} 아니라 서명자나 구성원 목록을 투표자로 연결해야 합니다.',
  },
  'graph.threshold-too-high': {
    en: '{node}: needs {needed} of {source}, but there are only {count}. Lower the threshold or add signers.',
    ko: '{node}: {source} 중 {needed}명이 필요하지만 {count}명뿐입니다. 기준을 낮추거나 서명자를 추가하세요.',
  },
  'graph.threshold-too-high-one': {
    en: '{node}: needs {needed} of {source}, but there is only 1. Lower the threshold or add signers.',
    ko: '{node}: {source} 중 {needed}명이 필요하지만 1명뿐입니다. 기준을 낮추거나 서명자를 추가하세요.',
  },
  'graph.duplicate-address': {
    en: '{node}: {address} appears twice in {list} (items {first} and {second}). Each address counts once.',
    ko: '{node}: {list}에 같은 주소가 두 번 있습니다: {address}({first}번째와 {second}번째 항목). 주소는 한 번만 셉니다.',
  },
} as const satisfies Record<string, MessageTemplate>;
