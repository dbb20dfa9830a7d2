import type { MessageTemplate } from '../message-template.ts';

/** What the Gardens target says it cannot run as written, in English and Korean. */
export const gardensMessages = {
  'gardens.stakers': {
    en: '{node}: Charter runs conviction on Gardens with token holders staking their tokens, one point per token; it cannot yet set up a Gardens pool for {voters}.',
    ko: '{node}: Charter는 Gardens에서 토큰 보유자가 토큰을 스테이킹하고 토큰 하나에 1점을 받는 방식으로 확신 투표를 실행합니다. {voters}에 대해서는 아직 Gardens 풀을 만들 수 없습니다.',
  },
  'gardens.minimum-conviction': {
    en: '{node}: a minimum conviction of {share} leaves no request able to pass: even the smallest would need all the conviction the pool can hold. Gardens takes less than 100%.',
    ko: '{node}: 최소 확신 {share}에서는 어떤 요청도 통과할 수 없습니다. 가장 작은 요청도 풀이 담을 수 있는 확신 전부가 필요합니다. Gardens는 100% 미만만 받습니다.',
  },
  'gardens.spending-limit': {
    en: "{node}: a spending limit of {share} is below what Gardens' 10^7 scale can hold, so no request could pass.",
    ko: '{node}: 지출 한도 {share:은} Gardens의 10^7 단위로 담을 수 있는 값보다 작아 어떤 요청도 통과할 수 없습니다.',
  },
  'gardens.decay': {
    en: "{node}: Gardens keeps conviction's decay per block in 10^7ths, too coarse for a conviction growth of {growth} with {blockTime}-second blocks: the nearest decay it holds, {decay}, gives {effective}.",
    ko: '{node}: Gardens는 블록당 확신 감쇠를 10^7분의 몇으로 저장하는데, 블록 {blockTime}초에서 확신 증가 {growth}에는 너무 거칩니다. 담을 수 있는 가장 가까운 감쇠 {decay}로는 {effective:이} 됩니다.',
  },
  'gardens.supply-overflow': {
    en: "{node}: Gardens computes conviction in 256-bit integers, which overflow once more than {most} base units back one proposal; {symbol}'s supply of {supply} tokens is more, so a proposal with most of it behind it could never be supported or paid. Use a token with a smaller supply or fewer decimals.",
    ko: '{node}: Gardens는 확신을 256비트 정수로 계산하므로 한 제안을 지지하는 양이 기본 단위 {most}개를 넘으면 넘칩니다. {symbol}의 공급량 {supply}개는 그보다 많아, 공급량 대부분이 지지하는 제안은 지지되거나 지급될 수 없습니다. 공급량이 더 적거나 소수 자릿수가 더 적은 토큰을 쓰세요.',
  },
} as const satisfies Record<string, MessageTemplate>;
