import type { i18n } from 'i18next';
import { koreanParticle } from '../../compiler/index.ts';

// Each particle as written after a consonant, with its form after a vowel.
const particles = { 이: '가', 을: '를', 은: '는', 과: '와', 으로: '로' } as const;

/**
 * Lets Korean messages attach the particle a value's pronunciation takes: `{{target, 으로}}는` reads 'Safe로는',
 * `{{file, 을}}` 'gov.charter.json을', instead of 'Safe(으)로는'. In English the value is left as it is.
 */
export function addKoreanParticles(instance: i18n): void {
  for (const [afterConsonant, afterVowel] of Object.entries(particles)) {
    instance.services.formatter?.add(afterConsonant, (value, language) =>
      language === 'ko' ? koreanParticle(String(value), afterConsonant, afterVowel) : String(value),
    );
  }
}
