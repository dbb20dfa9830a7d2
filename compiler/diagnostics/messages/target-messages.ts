import type { MessageTemplate } from '../message-template.ts';

/** What targets say when they cannot express the rules, in English and Korean (compiler/targets). */
export const targetMessages = {
  'target.refused': { en: '{node}: {reason} {instead}', ko: '{node}: {reason} {instead}' },
  'target.refused-electorate': {
    en: '{node}: {electorate}: {reason} {instead}',
    ko: '{node}: {electorate}: {reason} {instead}',
  },
  'target.no-decision': {
    en: '{node}: {target} runs what {decision} passes, and nothing on the way here is one. Put {decision} before it.',
    ko: '{node}: {target:은} {decision:이} 가결한 것을 실행하는데, 여기까지 오는 경로에 그런 결정이 없습니다. 그 앞에 {decision:을} 두세요.',
  },
  'target.second-decision': {
    en: '{node}: {target} runs one decision per proposal, and {first} already decides on this path, so this one would be dropped. {instead}',
    ko: '{node}: {target:은} 제안마다 결정 하나만 실행하는데, 이 경로에서는 이미 {first:이} 결정하므로 이 결정은 빠지게 됩니다. {instead}',
  },
} as const satisfies Record<string, MessageTemplate>;
