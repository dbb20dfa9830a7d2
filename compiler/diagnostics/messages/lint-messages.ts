import type { MessageTemplate } from '../message-template.ts';

/** What the linter says of designs that are legal but risky, in English and Korean (compiler/lint, kinds' lint). */
export const lintMessages = {
  'lint.executes-on-failure': {
    en: '{node}: proposals that leave by "{port}" reach {execution}, so what it rejects would be executed. Connect its passing exit to the execution and its "{port}" exit to Reject.',
    ko: '{node}: "{port}" 출구로 나간 제안이 {execution}에 이르러, 부결된 것이 실행됩니다. 가결 출구를 실행에, "{port}" 출구를 기각에 연결하세요.',
  },
  'lint.no-timelock': {
    en: '"{type}" proposals can reach {execution} with no timelock on the way, leaving holders no time to react to a bad transfer. Add a Timelock before it.',
    ko: '"{type}" 제안이 도중에 타임락 없이 {execution}에 이를 수 있어, 잘못된 이체에 보유자가 대응할 시간이 없습니다. 그 앞에 타임락을 추가하세요.',
  },
  'lint.period-under-one-block.none': {
    en: '{node}: voting lasts {period}, shorter than one block of this chain ({block}), so nobody may get a block to vote in, and a governor that counts in blocks would make it no block at all. Make it at least {least}; most DAOs vote for 3 to 7 days.',
    ko: '{node}: 투표 기간 {period:은} 이 체인의 블록 하나({block})보다 짧아서 투표할 블록이 없을 수 있고, 블록 수로 세는 거버너에서는 블록이 하나도 없게 됩니다. {least} 이상으로 정하세요. 대부분의 DAO는 3~7일 동안 투표합니다.',
  },
  'lint.period-under-one-block.one': {
    en: '{node}: voting lasts {period}, shorter than one block of this chain ({block}), so nobody may get a block to vote in, and a governor that counts in blocks would make it one whole block. Make it at least {least}; most DAOs vote for 3 to 7 days.',
    ko: '{node}: 투표 기간 {period:은} 이 체인의 블록 하나({block})보다 짧아서 투표할 블록이 없을 수 있고, 블록 수로 세는 거버너에서는 꼭 한 블록이 됩니다. {least} 이상으로 정하세요. 대부분의 DAO는 3~7일 동안 투표합니다.',
  },
  'lint.quorum-zero': {
    en: '{node}: the quorum is 0, so a single vote For could pass a proposal while everyone else is away. Set a quorum.',
    ko: '{node}: 정족수가 0이라서 다른 사람이 없는 사이 찬성 한 표로 제안이 통과할 수 있습니다. 정족수를 정하세요.',
  },
  'lint.short-voting-period': {
    en: '{node}: voting lasts only {period}, so people who are away for a day, or in another time zone, could miss it. Most DAOs vote for 3 to 7 days.',
    ko: '{node}: 투표 기간이 {period}뿐이라 하루 자리를 비우거나 다른 시간대에 있는 사람은 놓칠 수 있습니다. 대부분의 DAO는 3~7일 동안 투표합니다.',
  },
  'lint.allocation-by-type': {
    en: `{node}: "{type}" proposals are decided by a yes/no vote, which can only accept or reject one split. A budget split or quadratic funding lets everyone's answer count and finds a middle.`,
    ko: '{node}: "{type}" 제안을 찬반 투표로 정하는데, 찬반 투표는 배분안 하나를 받아들이거나 거부할 수밖에 없습니다. 예산 배분이나 이차 펀딩을 쓰면 모두의 답이 반영되어 중간값을 찾습니다.',
  },
  'lint.allocation-by-label': {
    en: `{node}: this allocation is decided by a yes/no vote, which can only accept or reject one split. A budget split or quadratic funding lets everyone's answer count and finds a middle.`,
    ko: '{node}: 이 배분을 찬반 투표로 정하는데, 찬반 투표는 배분안 하나를 받아들이거나 거부할 수밖에 없습니다. 예산 배분이나 이차 펀딩을 쓰면 모두의 답이 반영되어 중간값을 찾습니다.',
  },
  'lint.capture-one': {
    en: '{node}: the largest {symbol} holder ({holders}) holds {share} of {symbol}, at least {quorum}, so it could pass any proposal that others do not turn out to vote against. Consider a higher quorum, a veto, or quadratic weighting.',
    ko: '{node}: 최대 {symbol} 보유자({holders})가 {symbol}의 {share:을} 가져 {quorum} 이상이므로, 다른 사람들이 나서서 반대하지 않는 한 어떤 제안이든 통과시킬 수 있습니다. 정족수를 높이거나 거부권, 이차 가중치를 검토하세요.',
  },
  'lint.capture-few': {
    en: '{node}: the {count} largest {symbol} holders ({holders}) together hold {share} of {symbol}, at least {quorum}, so they could pass any proposal that others do not turn out to vote against. Consider a higher quorum, a veto, or quadratic weighting.',
    ko: '{node}: 상위 {symbol} 보유자 {count}명({holders})이 합쳐 {symbol}의 {share:을} 가져 {quorum} 이상이므로, 다른 사람들이 나서서 반대하지 않는 한 어떤 제안이든 통과시킬 수 있습니다. 정족수를 높이거나 거부권, 이차 가중치를 검토하세요.',
  },
  'lint.multisig-threshold-one': {
    en: '{node}: any one signer can approve alone, so one lost or stolen key decides. Require at least 2 approvals.',
    ko: '{node}: 서명자 누구든 혼자 승인할 수 있어 열쇠 하나를 잃거나 도난당하면 그대로 결정됩니다. 승인을 2개 이상 요구하세요.',
  },
  'lint.multisig-threshold-one-of': {
    en: '{node}: any one of the {count} signers can approve alone, so one lost or stolen key decides. Require at least 2 approvals.',
    ko: '{node}: 서명자 {count}명 중 누구든 혼자 승인할 수 있어 열쇠 하나를 잃거나 도난당하면 그대로 결정됩니다. 승인을 2개 이상 요구하세요.',
  },
  'lint.stage-no-later-stage': {
    en: '{node}: there is only one stage, "{stage}", so there is no later stage to hand control to. Add the stage that comes next.',
    ko: '{node}: 단계가 "{stage}" 하나뿐이라 통제권을 넘겨줄 다음 단계가 없습니다. 다음에 올 단계를 추가하세요.',
  },
  'lint.stage-no-criteria': {
    en: '{node}: the stage "{stage}" has no criteria to move on, so nobody can tell when control passes to "{next}". Add criteria, such as a number of holders or an audit.',
    ko: '{node}: "{stage}" 단계에 넘어갈 기준이 없어 언제 "{next}" 단계로 통제권이 넘어가는지 아무도 알 수 없습니다. 보유자 수나 감사 같은 기준을 추가하세요.',
  },
  'lint.veto-no-window': {
    en: '{node}: the veto has no time window, so a passed proposal could be blocked at any time and never become final. Set a window, such as 7 days.',
    ko: '{node}: 거부권에 기한이 없어 가결된 제안이 언제든 막힐 수 있고 끝내 확정되지 않습니다. 7일 같은 기한을 정하세요.',
  },
  'lint.expiry-without-cancellers': {
    en: "{node}: the cancellers' power has an end date, but there are no extra cancellers for it to end, so it changes nothing. Add the cancellers it is meant for (a guardian, a security council), or clear the date.",
    ko: '{node}: 취소권에 만료 시각이 있지만 그 시각에 권한이 끝날 추가 취소권자가 없어 아무것도 바꾸지 않습니다. 해당하는 취소권자(가디언, 보안 위원회)를 추가하거나 시각을 지우세요.',
  },
} as const satisfies Record<string, MessageTemplate>;
