import type { MessageTemplate } from '../message-template.ts';

/** What reading a CSV of balances says about a bad line, in English and Korean (compiler/simulate/scenario). */
export const csvMessages = {
  'csv.fields': {
    en: 'expected "address,balance", found {count} fields',
    ko: '"address,balance" 형식이어야 하는데 필드가 {count}개입니다',
  },
  'csv.address': {
    en: '"{address}" is not a 0x address of 40 hex digits',
    ko: '0x 뒤에 16진수 40자리인 주소가 아닙니다: "{address}"',
  },
  'csv.balance': {
    en: '"{balance}" is not a balance in base units (a whole number such as 1000000000000000000)',
    ko: '기본 단위 잔고(1000000000000000000 같은 정수)가 아닙니다: "{balance}"',
  },
  'csv.repeated': {
    en: '{address} already appears on line {first}',
    ko: '{address} 주소가 이미 {first}번째 줄에 있습니다',
  },
  'csv.no-holders': {
    en: 'no holders',
    ko: '보유자가 없습니다',
  },
} as const satisfies Record<string, MessageTemplate>;
