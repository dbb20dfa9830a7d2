/** One replacement that turns a text into another: `before.slice(start, end)` becomes `text`. Offsets in UTF-16. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Whether a UTF-16 code unit is the second half of a surrogate pair, which an edit must not start at. */
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The smallest single replacement that turns `before` into `after`: everything but their longest common prefix and
 * (of what is left) longest common suffix. Undefined when they are equal. It never splits a surrogate pair, so a
 * cursor outside the changed range stays where it was when the editor applies it.
 *
 * @example minimalEdit('"quorum": 4', '"quorum": 5') // { start: 10, end: 11, text: '5' }
 */
export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  const most = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < most && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && (isLowSurrogate(before.charCodeAt(prefix)) || isLowSurrogate(after.charCodeAt(prefix))))
    prefix--;
  let suffix = 0;
  while (
    suffix < most - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  // The suffix starts right after its first unit; if that unit is a low surrogate, its pair lies in the change.
  const low = (text: string) => isLowSurrogate(text.charCodeAt(text.length - suffix));
  if (suffix > 0 && (low(before) || low(after))) suffix--;
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}
