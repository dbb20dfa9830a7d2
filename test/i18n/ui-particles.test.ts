// The interface's own Korean messages attach particles by sound too: "Aragon으로는", "Safe로는", never "(으)로는".
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { messagesOf } from '../../src/i18n/i18n.ts';
import { addKoreanParticles } from '../../src/i18n/korean-particles.ts';

async function translator(language: 'en' | 'ko') {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { en: { translation: messagesOf('en') }, ko: { translation: messagesOf('ko') } },
    lng: language,
    interpolation: { escapeValue: false },
  });
  addKoreanParticles(instance);
  return instance.t;
}

describe('particles in the interface', () => {
  it.each([
    ['Aragon', 'Aragon으로는 이 규칙을 표현할 수 없습니다:'],
    ['Safe', 'Safe로는 이 규칙을 표현할 수 없습니다:'],
    ['Gardens', 'Gardens로는 이 규칙을 표현할 수 없습니다:'],
  ])('the verdict on %s', async (target, expected) => {
    const t = await translator('ko');
    expect(t('output.unsupported', { target })).toBe(expected);
  });

  it('leave English as it was', async () => {
    const t = await translator('en');
    expect(t('output.unsupported', { target: 'Aragon' })).not.toMatch(/[\uac00-\ud7a3]/);
    expect(t('output.unsupported', { target: 'Aragon' })).toContain('Aragon');
  });

  it('no Korean message falls back to both forms of a particle', () => {
    // The review panel's words are another change's; a quoted value keeps both forms: “0x12”은(는).
    const text = JSON.stringify({ ...messagesOf('ko'), review: undefined });
    expect(text.match(/\}\}(\(으\)로|이\(가\)|을\(를\)|은\(는\))/g) ?? []).toEqual([]);
  });
});
