import type { MessageTemplate } from '../message-template.ts';

/** What the simulator refuses to run, in English and Korean (compiler/simulate). */
export const simulateMessages = {
  'simulate.support-never-met': {
    en: 'A support threshold of {percent}% can never be met.',
    ko: '필요한 찬성 비율 {percent}%는 넘을 수 없는 값입니다. 100보다 작게 하세요.',
  },
} as const satisfies Record<string, MessageTemplate>;
