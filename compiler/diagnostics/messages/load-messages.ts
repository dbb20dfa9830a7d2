import type { MessageTemplate } from '../message-template.ts';

/** What loading a document's text says, in English and Korean (compiler/document). */
export const loadMessages = {
  'load.too-large': {
    en: 'The document is {size} MB; Charter reads documents of up to 5 MB.',
    ko: '문서 크기가 {size}MB입니다. Charter는 5MB까지의 문서를 읽습니다.',
  },
  'load.empty': {
    en: 'The text is empty: a rule document is a JSON object.',
    ko: '텍스트가 비어 있습니다. 규칙 문서는 JSON 객체입니다.',
  },
  'load.too-deep': {
    en: 'The JSON is nested more than {limit} levels deep at line {line}, column {column}; a rule document never needs that.',
    ko: 'JSON이 {line}행 {column}열에서 {limit}단계보다 깊이 중첩됩니다. 규칙 문서에는 그럴 필요가 없습니다.',
  },
  'load.not-json': {
    en: 'The text is not valid JSON: {detail}.',
    ko: '텍스트가 올바른 JSON이 아닙니다: {detail}.',
  },
  'load.not-json-at': {
    en: 'The text is not valid JSON at line {line}, column {column}: {problem}.',
    ko: '텍스트가 {line}행 {column}열에서 올바른 JSON이 아닙니다: {problem}.',
  },
  'load.duplicate-key': {
    en: 'The key "{key}" appears twice in the same object at line {line}, column {column}; some programs would read the first value and others the last, so remove one.',
    ko: '{line}행 {column}열의 한 객체에 "{key}" 키가 두 번 있습니다. 프로그램에 따라 첫 값을 읽기도 하고 마지막 값을 읽기도 하니 하나를 지우세요.',
  },
  'load.forbidden-key': {
    en: 'The key "{key}" is not allowed: __proto__, constructor and prototype could tamper with the program reading the document.',
    ko: '"{key}" 키는 쓸 수 없습니다. __proto__, constructor, prototype 키는 문서를 읽는 프로그램을 변조할 수 있습니다.',
  },
  'load.not-an-object': {
    en: 'The file holds {what}, not a rule document (a JSON object with "nodes" and "edges").',
    ko: '파일에 든 것은 {what}입니다. 규칙 문서("nodes"와 "edges"가 있는 JSON 객체)가 아닙니다.',
  },
  'load.no-list': {
    en: 'The document has no "{key}" list.',
    ko: '문서에 "{key}" 목록이 없습니다.',
  },
  'load.node-not-object': {
    en: 'The {place} node is not an object.',
    ko: '{place} 노드가 객체가 아닙니다.',
  },
  'load.edge-not-object': {
    en: 'The {place} edge is not an object.',
    ko: '{place} 연결선이 객체가 아닙니다.',
  },
  'load.node-no-id': {
    en: 'The {place} node has no text "id".',
    ko: '{place} 노드에 텍스트로 된 "id"가 없습니다.',
  },
  'load.edge-no-id': {
    en: 'The {place} edge has no text "id".',
    ko: '{place} 연결선에 텍스트로 된 "id"가 없습니다.',
  },
} as const satisfies Record<string, MessageTemplate>;
