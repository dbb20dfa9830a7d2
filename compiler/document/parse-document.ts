import { type ParseError, parse as parseTolerantly, printParseErrorCode, visit } from 'jsonc-parser';
import { createDiagnostic } from '../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { type Said, say } from '../diagnostics/say.ts';
import type { CharterDocument } from '../generated/charter-document.ts';
import { documentShapeProblem } from './document-shape.ts';
import { isObject } from './is-object.ts';

/** The largest document Charter reads: 5 MB of UTF-8. */
export const maxDocumentBytes = 5 * 1024 * 1024;
/** The deepest nesting of objects and lists Charter reads. */
export const maxNestingDepth = 64;
/** Keys that could reach an object's prototype in code that copies the document carelessly. */
export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * What {@link parseDocument} gives: the whole document, not yet validated, or no document at all and the reason.
 */
export type ParseDocumentResult =
  | { ok: true; document: CharterDocument }
  | { ok: false; diagnostics: Diagnostic[] };

/** Where a character offset falls, as people count: line and column from 1. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The offset of the first bracket that nests deeper than the limit, scanning outside strings; -1 if none. */
function tooDeepAt(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > maxNestingDepth) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return -1;
}

/** The path of the first forbidden key, such as `nodes[2].params.__proto__`, or undefined. */
function forbiddenKeyPath(value: unknown): string | undefined {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [item, path] = stack.pop()!;
    if (Array.isArray(item)) {
      for (const [index, child] of item.entries()) stack.push([child, `${path}[${index}]`]);
    } else if (isObject(item)) {
      for (const key of Object.keys(item)) {
        const childPath = path === '' ? key : `${path}.${key}`;
        if (forbiddenKeys.has(key)) return childPath;
        stack.push([item[key], childPath]);
      }
    }
  }
  return undefined;
}

// Keyed by jsonc-parser's names for its codes (its ParseErrorCode is a const enum, which isolated modules can't read).
const syntaxWords: Record<string, { en: string; ko: string }> = {
  InvalidSymbol: { en: 'unexpected character', ko: '예상하지 못한 문자가 있습니다' },
  InvalidNumberFormat: { en: 'malformed number', ko: '숫자의 형식이 잘못되었습니다' },
  PropertyNameExpected: {
    en: 'expected a property name in double quotes',
    ko: '큰따옴표로 감싼 키 이름이 와야 합니다',
  },
  ValueExpected: { en: 'expected a value', ko: '값이 와야 합니다' },
  ColonExpected: { en: 'expected a colon', ko: '콜론(:)이 와야 합니다' },
  CommaExpected: { en: 'expected a comma', ko: '쉼표(,)가 와야 합니다' },
  CloseBraceExpected: { en: 'expected a closing }', ko: '닫는 중괄호(})가 와야 합니다' },
  CloseBracketExpected: { en: 'expected a closing ]', ko: '닫는 대괄호(])가 와야 합니다' },
  EndOfFileExpected: {
    en: 'more text follows the end of the document',
    ko: '문서가 끝난 뒤에 텍스트가 더 있습니다',
  },
  InvalidCommentToken: { en: 'comments are not allowed in JSON', ko: 'JSON에는 주석을 쓸 수 없습니다' },
  UnexpectedEndOfComment: { en: 'a comment is not closed', ko: '주석이 닫히지 않았습니다' },
  UnexpectedEndOfString: { en: 'a string is not closed', ko: '문자열이 닫히지 않았습니다' },
  UnexpectedEndOfNumber: { en: 'a number is cut short', ko: '숫자가 중간에 끊겼습니다' },
  InvalidUnicode: { en: 'invalid \\u escape', ko: '\\u 이스케이프가 잘못되었습니다' },
  InvalidEscapeCharacter: {
    en: 'invalid escape after a backslash',
    ko: '백슬래시 뒤의 이스케이프가 잘못되었습니다',
  },
  InvalidCharacter: { en: 'a control character inside a string', ko: '문자열 안에 제어 문자가 있습니다' },
  syntax: { en: 'syntax error', ko: '문법 오류입니다' },
};

/** Why and where strict JSON fails, found with jsonc-parser, which (unlike JSON.parse) reports an offset. */
function syntaxError(text: string, fallback: string): Said {
  const errors: ParseError[] = [];
  parseTolerantly(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const first = errors[0];
  if (!first) return say('load.not-json', { detail: fallback });
  const problem = syntaxWords[printParseErrorCode(first.error)] ?? syntaxWords.syntax!;
  return say('load.not-json-at', { ...lineAndColumn(text, first.offset), problem });
}

/**
 * The first key an object repeats, with where it is, or undefined. JSON.parse keeps the last value silently, but
 * other readers keep the first: a document must not mean different things to different programs.
 */
function duplicateKey(text: string): { key: string; offset: number } | undefined {
  const open: Set<string>[] = [];
  let found: { key: string; offset: number } | undefined;
  visit(text, {
    onObjectBegin: () => {
      open.push(new Set());
    },
    onObjectEnd: () => {
      open.pop();
    },
    onObjectProperty: (key, offset) => {
      const keys = open.at(-1);
      if (!keys || found) return;
      if (keys.has(key)) found = { key, offset };
      keys.add(key);
    },
  });
  return found;
}

/**
 * How many property names strict JSON text writes: every string followed, after any whitespace, by a colon. Only
 * for text JSON.parse accepted, where that is exactly what a property name is.
 */
function namesWritten(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== 34) continue;
    // Inside a string: to its closing quote, stepping over each escaped character.
    for (i++; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 92) i++;
      else if (c === 34) break;
    }
    let next = i + 1;
    while (next < text.length) {
      const c = text.charCodeAt(next);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      next++;
    }
    if (text.charCodeAt(next) === 58) count++;
  }
  return count;
}

/** How many properties a parsed JSON value holds, at every depth, and whether any is named as a forbidden key. */
function namesHeld(value: unknown): { count: number; forbidden: boolean } {
  let count = 0;
  let forbidden = false;
  const stack = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (Array.isArray(item)) stack.push(...item);
    else if (isObject(item)) {
      const keys = Object.keys(item);
      count += keys.length;
      for (const key of keys) {
        if (forbiddenKeys.has(key)) forbidden = true;
        stack.push(item[key]);
      }
    }
  }
  return { count, forbidden };
}

function utf8Bytes(text: string): number {
  // Every character takes at least 1 and at most 3 bytes (a surrogate pair, 2 characters, takes 4).
  if (text.length * 3 <= maxDocumentBytes) return text.length;
  return new TextEncoder().encode(text).length;
}

function failure(code: Parameters<typeof createDiagnostic>[0], message: Said): ParseDocumentResult {
  return { ok: false, diagnostics: [createDiagnostic(code, message)] };
}

/**
 * Reads a rule document from text without validating it: everything {@link loadDocument} refuses, it refuses the
 * same way (text over {@link maxDocumentBytes}, text that is not JSON, nesting deeper than {@link maxNestingDepth},
 * the keys in {@link forbiddenKeys}, JSON not shaped like a document), but it does not check the document against
 * the schema and the graph rules. For a reader that has the document checked elsewhere (the app checks every
 * version in a worker), so a large document is not checked twice. Never throws on any text.
 */
export function parseDocument(text: string): ParseDocumentResult {
  const bytes = utf8Bytes(text);
  if (bytes > maxDocumentBytes) {
    const mb = (bytes / 1024 / 1024).toFixed(1);
    return failure('too-large', say('load.too-large', { size: mb }));
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return failure('not-json', say('load.empty'));
  const deep = tooDeepAt(body);
  if (deep >= 0) {
    return failure(
      'too-deep',
      say('load.too-deep', { limit: maxNestingDepth, ...lineAndColumn(body, deep) }),
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return failure('not-json', syntaxError(body, (error as Error).message));
  }
  // JSON.parse keeps one property for a repeated name, so the parsed value holds fewer properties than the text
  // writes exactly when a name repeats. Counting is quick; finding where (jsonc-parser's walk) takes about ten times
  // as long, so it runs only then. Likewise the path of a forbidden key is spelled out only when there is one.
  const held = namesHeld(value);
  const repeated = namesWritten(body) === held.count ? undefined : duplicateKey(body);
  if (repeated) {
    return failure(
      'duplicate-key',
      say('load.duplicate-key', { key: repeated.key, ...lineAndColumn(body, repeated.offset) }),
    );
  }
  const key = held.forbidden ? forbiddenKeyPath(value) : undefined;
  if (key !== undefined) {
    return failure('forbidden-key', say('load.forbidden-key', { key }));
  }
  const shape = documentShapeProblem(value);
  if (shape !== undefined) return failure('not-a-document', shape);
  return { ok: true, document: value as CharterDocument };
}
