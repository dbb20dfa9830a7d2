import { fieldError, type ParseResult } from './field-message.ts';

/** JSON text as its value. Text that is not JSON is `inspector.invalidJson`, with the parser's own reason. */
export function parseJson(text: string): ParseResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return fieldError('inspector.invalidJson', {
      message: error instanceof Error ? error.message : String(error),
    });
  }
}
