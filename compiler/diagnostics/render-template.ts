import { koreanParticle } from '../format/korean-particle.ts';
import type { Language } from '../nodes/node-kind.ts';
import type { MessageArg, MessageArgs } from './message-args.ts';

// Each particle as written after a consonant, with its form after a vowel.
const particles: Readonly<Record<string, string>> = {
  이: '가',
  을: '를',
  은: '는',
  과: '와',
  으로: '로',
  이나: '나',
  이며: '며',
  이라는: '라는',
  이어야: '여야',
  이라서: '라서',
};

/** Matches `{name}` and `{name:particle}`. */
export const placeholderPattern = /\{(\w+)(?::([^{}]+))?\}/g;

/** An argument in one language. */
export function argText(arg: MessageArg, language: Language): string {
  // Arguments read back from a file are not checked: a pair without this language shows as nothing, not a crash.
  return typeof arg === 'object' && arg !== null ? String(arg[language] ?? '') : String(arg);
}

/**
 * Fills a template's placeholders with `args` in `language`. A placeholder without its argument is left as written,
 * so a missing argument shows instead of vanishing (test/i18n/messages.test.ts checks none is left).
 */
export function renderTemplate(template: string, args: MessageArgs, language: Language): string {
  return template.replace(placeholderPattern, (whole, name: string, particle: string | undefined) => {
    const arg = args[name];
    if (arg === undefined) return whole;
    const text = argText(arg, language);
    if (particle === undefined) return text;
    const afterVowel = particles[particle];
    return afterVowel === undefined ? whole : koreanParticle(text, particle, afterVowel);
  });
}
