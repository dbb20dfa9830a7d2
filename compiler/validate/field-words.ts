import type { LocalizedArg } from '../diagnostics/message-args.ts';

/**
 * A field's path in plain words, from its titles along the path in each language (list items as "item N"):
 * Stages › item 1 › Name reads "Name in item 1 of Stages" and "단계 1번째 항목의 이름". Undefined for an empty path.
 */
export function fieldWords(en: readonly string[], ko: readonly string[]): LocalizedArg | undefined {
  if (en.length === 0) return undefined;
  const item = (title: string) => /^item (\d+)$/.exec(title)?.[1];
  let english = en[0]!;
  let korean = ko[0] ?? english;
  for (let i = 1; i < en.length; i++) {
    const n = item(en[i]!);
    english = n !== undefined ? `item ${n} of ${english}` : `${en[i]} in ${english}`;
    korean = n !== undefined ? `${korean} ${n}번째 항목` : `${korean}의 ${ko[i] ?? en[i]}`;
  }
  return { en: english.charAt(0).toUpperCase() + english.slice(1), ko: korean };
}
