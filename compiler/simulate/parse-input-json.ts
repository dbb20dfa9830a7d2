import { koreanParticle } from '../format/korean-particle.ts';
import type { Language } from '../nodes/node-kind.ts';

/** The deepest nesting of objects and lists a tally input or a scenario may have; neither needs more than a few. */
export const maxInputDepth = 64;

/** What {@link parseInputJson} returns: the parsed value, or one message saying what and where. */
export type ParseInputJsonReturnType = { ok: true; value: unknown } | { ok: false; message: string };

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++)
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  return { line, column: offset - lineStart + 1 };
}

/** The offset of the first bracket nested deeper than {@link maxInputDepth}, outside strings; -1 if none. */
function tooDeepAt(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > maxInputDepth) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return -1;
}

/** The path (`votes[2].vp`) of the first number JSON.parse could only read as ±Infinity; undefined if none. */
function infiniteNumberPath(value: unknown): string | undefined {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [item, path] = stack.pop()!;
    if (typeof item === 'number' && !Number.isFinite(item)) return path || 'the input';
    if (Array.isArray(item))
      for (let index = item.length - 1; index >= 0; index--) stack.push([item[index], `${path}[${index}]`]);
    else if (typeof item === 'object' && item !== null)
      for (const [key, child] of Object.entries(item).reverse())
        stack.push([child, path === '' ? key : `${path}.${key}`]);
  }
  return undefined;
}

/**
 * Parses the JSON of a `charter tally` input or a scenario, refusing before any reader sees it what would make one
 * misbehave: nesting deeper than {@link maxInputDepth} (a recursive walk would overflow the stack) and numbers too
 * large for a double (JSON.parse reads 1e400 as Infinity, which prints as null). `what` names the input in messages,
 * which are in `language` (the parser's own detail stays as the engine words it). Never throws.
 */
export function parseInputJson(
  text: string,
  what: string,
  language: Language = 'en',
): ParseInputJsonReturnType {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const deep = tooDeepAt(body);
  if (deep >= 0) {
    const { line, column } = lineAndColumn(body, deep);
    return {
      ok: false,
      message:
        language === 'ko'
          ? `${koreanParticle(what, '이', '가')} ${line}행 ${column}열에서 ${maxInputDepth}단계보다 깊이 중첩됩니다`
          : `${what} is nested more than ${maxInputDepth} levels deep at line ${line}, column ${column}`,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const detail = (error as Error).message.split('\n', 1)[0];
    return {
      ok: false,
      message:
        language === 'ko'
          ? `${koreanParticle(what, '이', '가')} JSON이 아닙니다: ${detail}`
          : `${what} is not JSON: ${detail}`,
    };
  }
  const infinite = infiniteNumberPath(value);
  if (infinite !== undefined)
    return {
      ok: false,
      message:
        language === 'ko'
          ? `${infinite}: 수가 너무 큽니다(JSON 수는 약 1.8e308보다 작아야 합니다)`
          : `${infinite}: the number is too large (JSON numbers must stay below about 1.8e308)`,
    };
  return { ok: true, value };
}
