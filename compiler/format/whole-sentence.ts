/**
 * `text` as a whole sentence: trailing commas dropped and a full stop added, unless it already ends with one (or with
 * `!`, `?`, `:`), also inside a closing parenthesis or quote ('(… 받습니다.)', '"… done."').
 */
export function wholeSentence(text: string): string {
  const trimmed = text.trim().replace(/,+$/, '');
  return /[.!?:][)"”’]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
