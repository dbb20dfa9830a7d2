import type { MessageTemplate } from '../message-template.ts';

/**
 * What the schema check says, in English and Korean (compiler/validate/schema-diagnostics.ts). `{where}` names the
 * node, edge or document; `{field}` the field in plain words ("Name of item 1 of Stages"); `{got}` the value found.
 */
export const schemaMessages = {
  'schema.did-you-mean': { en: 'Did you mean "{hint}"?', ko: '"{hint}"의 오타인가요?' },
  'schema.unknown-kind': {
    en: '{where}: "{kind}" is not a kind of node Charter knows.{hint}',
    ko: '{where}: Charter에 없는 노드 종류입니다("{kind}").{hint}',
  },
  'schema.kind-not-text': {
    en: '{where}: Kind must be text, such as "majority-vote" (it is {got}).',
    ko: '{where}: 종류는 "majority-vote" 같은 텍스트여야 합니다(지금 값: {got}).',
  },
  'schema.missing': { en: '{where}: {field} is missing.', ko: '{where}: {field:이} 빠졌습니다.' },
  'schema.unknown-field': {
    en: '{where}: "{name}" is not a field Charter knows.{hint}',
    ko: '{where}: Charter에 없는 항목입니다("{name}").{hint}',
  },
  'schema.unknown-field-of': {
    en: '{where}: "{name}" is not a field of {owner} Charter knows.{hint}',
    ko: '{where}: {owner}에 없는 항목입니다("{name}").{hint}',
  },
  'schema.number-as-text': {
    en: '{where}: {field} must be written as text, such as "{value}", so that it stays exact (it is the number {value}).',
    ko: '{where}: {field:은} 정확한 값이 유지되도록 "{value}"처럼 텍스트로 써야 합니다(지금은 숫자 {value}).',
  },
  'schema.seconds-as-number': {
    en: '{where}: {field} must be a whole number of seconds, such as 604800 for 7 days (it is {got}).',
    ko: '{where}: {field:은} 초 단위의 정수여야 합니다. 예를 들어 7일은 604800입니다(지금 값: {got}).',
  },
  'schema.wrong-type': {
    en: '{where}: {field} must be {expected} (it is {got}).',
    ko: '{where}: {field:은} {expected:이어야} 합니다(지금 값: {got}).',
  },
  'schema.at-least': {
    en: '{where}: {field} must be at least {limit} (it is {got}).',
    ko: '{where}: {field:은} {limit} 이상이어야 합니다(지금 값: {got}).',
  },
  'schema.at-most': {
    en: '{where}: {field} must be at most {limit} (it is {got}).',
    ko: '{where}: {field:은} {limit} 이하여야 합니다(지금 값: {got}).',
  },
  'schema.more-than': {
    en: '{where}: {field} must be more than {limit} (it is {got}).',
    ko: '{where}: {field:은} {limit}보다 커야 합니다(지금 값: {got}).',
  },
  'schema.less-than': {
    en: '{where}: {field} must be less than {limit} (it is {got}).',
    ko: '{where}: {field:은} {limit}보다 작아야 합니다(지금 값: {got}).',
  },
  'schema.pattern': {
    en: '{where}: {field} must be {form} (it is {got}).',
    ko: '{where}: {field:은} {form:이어야} 합니다(지금 값: {got}).',
  },
  'schema.not-empty': {
    en: '{where}: {field} must not be empty.',
    ko: '{where}: {field:은} 비워 둘 수 없습니다.',
  },
  'schema.min-length': {
    en: '{where}: {field} must be at least {limit} characters long.',
    ko: '{where}: {field:은} {limit}자 이상이어야 합니다.',
  },
  'schema.max-length': {
    en: '{where}: {field} must be at most {limit} characters long.',
    ko: '{where}: {field:은} {limit}자 이하여야 합니다.',
  },
  'schema.bad-address': {
    en: '{where}: {field} is not a valid address: its mixed-case checksum does not match (it is {got}). Check that it was copied whole; an all-lowercase address skips the checksum.',
    ko: '{where}: {field:은} 올바른 주소가 아닙니다. 대소문자 체크섬이 맞지 않습니다(지금 값: {got}). 주소를 빠짐없이 복사했는지 확인하세요. 모두 소문자로 쓴 주소는 체크섬을 검사하지 않습니다.',
  },
  'schema.must-be': {
    en: '{where}: {field} must be {choices} (it is {got}).{hint}',
    ko: '{where}: {field:은} {choices:이어야} 합니다(지금 값: {got}).{hint}',
  },
  'schema.one-of': {
    en: '{where}: {field} must be one of {choices} (it is {got}).{hint}',
    ko: '{where}: {field:은} {choices} 중 하나여야 합니다(지금 값: {got}).{hint}',
  },
  'schema.either': {
    en: '{where}: {field} must be either {options} (it is {got}).',
    ko: '{where}: {field:은} {options} 중 하나여야 합니다(지금 값: {got}).',
  },
  'schema.min-items': {
    en: '{where}: {field} needs at least {limit} items (it has {count}).',
    ko: '{where}: {field}에는 항목이 {limit}개 이상 필요합니다(지금 {count}개).',
  },
  'schema.min-items-one': {
    en: '{where}: {field} needs at least 1 item (it has {count}).',
    ko: '{where}: {field}에는 항목이 하나 이상 필요합니다(지금 {count}개).',
  },
  'schema.max-items': {
    en: '{where}: {field} takes at most {limit} items (it has {count}).',
    ko: '{where}: {field}에는 항목을 {limit}개까지 넣을 수 있습니다(지금 {count}개).',
  },
  'schema.duplicate-item': {
    en: '{where}: {field} lists the same item twice (items {first} and {second}).',
    ko: '{where}: {field}에 같은 항목이 두 번 있습니다({first}번째와 {second}번째 항목).',
  },
  'schema.invalid': {
    en: '{where}: {field} is not valid ({detail}).',
    ko: '{where}: {field:이} 올바르지 않습니다({detail}).',
  },
} as const satisfies Record<string, MessageTemplate>;
