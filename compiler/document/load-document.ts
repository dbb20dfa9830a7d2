import { type ParseError, parse as parseTolerantly, printParseErrorCode, visit } from 'jsonc-parser';
import { createDiagnostic } from '../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { CharterDocument } from '../generated/charter-document.ts';
import { validateDocument } from '../validate/validate-document.ts';
import { documentShapeProblem } from './document-shape.ts';
import { isObject } from './is-object.ts';

/** The largest document Charter reads: 5 MB of UTF-8. */
export const maxDocumentBytes = 5 * 1024 * 1024;
/** The deepest nesting of objects and lists Charter reads. */
export const maxNestingDepth = 64;
/** Keys that could reach an object's prototype in code that copies the document carelessly. */
export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * What {@link loadDocument} gives: the whole document with its validation diagnostics, or no document at all and
 * the reason. A document that loads may still be invalid (its diagnostics say how); it is never loaded in part.
 */
export type LoadResult =
  | { ok: true; document: CharterDocument; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/** Where a character offset falls, as people count: line and column from 1. */
function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
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
const syntaxWords: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected a colon',
  CommaExpected: 'expected a comma',
  CloseBraceExpected: 'expected a closing }',
  CloseBracketExpected: 'expected a closing ]',
  EndOfFileExpected: 'more text follows the end of the document',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'a comment is not closed',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape after a backslash',
  InvalidCharacter: 'a control character inside a string',
};

/** Why and where strict JSON fails, found with jsonc-parser, which (unlike JSON.parse) reports an offset. */
function syntaxError(text: string, fallback: string): string {
  const errors: ParseError[] = [];
  parseTolerantly(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const first = errors[0];
  if (!first) return `The text is not valid JSON: ${fallback}.`;
  return `The text is not valid JSON at ${lineAndColumn(text, first.offset)}: ${syntaxWords[printParseErrorCode(first.error)] ?? 'syntax error'}.`;
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

function utf8Bytes(text: string): number {
  // Every character takes at least 1 and at most 3 bytes (a surrogate pair, 2 characters, takes 4).
  if (text.length * 3 <= maxDocumentBytes) return text.length;
  return new TextEncoder().encode(text).length;
}

function failure(code: Parameters<typeof createDiagnostic>[0], message: string): LoadResult {
  return { ok: false, diagnostics: [createDiagnostic(code, message)] };
}

/**
 * Reads a rule document from text: the one way documents enter Charter, from a file, the clipboard, a share link
 * or the JSON editor. Rejects text over {@link maxDocumentBytes}, text that is not JSON, nesting deeper than
 * {@link maxNestingDepth}, the keys in {@link forbiddenKeys}, and JSON that is not shaped like a document, each
 * with a diagnostic that says what and where. Never throws on any text.
 */
export function loadDocument(text: string): LoadResult {
  const bytes = utf8Bytes(text);
  if (bytes > maxDocumentBytes) {
    const mb = (bytes / 1024 / 1024).toFixed(1);
    return failure('too-large', `The document is ${mb} MB; Charter reads documents of up to 5 MB.`);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return failure('not-json', 'The text is empty: a rule document is a JSON object.');
  const deep = tooDeepAt(body);
  if (deep >= 0) {
    return failure(
      'too-deep',
      `The JSON is nested more than ${maxNestingDepth} levels deep at ${lineAndColumn(body, deep)}; a rule document never needs that.`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return failure('not-json', syntaxError(body, (error as Error).message));
  }
  const repeated = duplicateKey(body);
  if (repeated) {
    return failure(
      'duplicate-key',
      `The key "${repeated.key}" appears twice in the same object at ${lineAndColumn(body, repeated.offset)}; some programs would read the first value and others the last, so remove one.`,
    );
  }
  const key = forbiddenKeyPath(value);
  if (key !== undefined) {
    return failure(
      'forbidden-key',
      `The key "${key}" is not allowed: __proto__, constructor and prototype could tamper with the program reading the document.`,
    );
  }
  const shape = documentShapeProblem(value);
  if (shape !== undefined) return failure('not-a-document', shape);
  return { ok: true, document: value as CharterDocument, diagnostics: validateDocument(value) };
}
