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
    const text = JSON.stringify(messagesOf('ko'));
    expect(text.match(/\}\}[”"’]?(\(으\)로|이\(가\)|을\(를\)|은\(는\)|과\(와\)|와\(과\))/g) ?? []).toEqual(
      [],
    );
  });
});

/** Every message of a language as [key, text], its key as i18next looks it up. */
function leaves(messages: unknown, path: string[] = []): [string, string][] {
  if (typeof messages === 'string') return [[path.join('.'), messages]];
  if (messages === null || typeof messages !== 'object') return [];
  return Object.entries(messages).flatMap(([key, value]) => leaves(value, [...path, key]));
}

/** The names a message fills in: `{{name}}` and `{{name, 을}}`. */
function placeholderNames(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((match) => match[1]!);
}

const bothForms = /\(으\)로|이\(가\)|을\(를\)|은\(는\)|과\(와\)|와\(과\)/;

describe('every Korean message of the interface', () => {
  const messages = leaves(messagesOf('ko'));

  it('is found', () => {
    expect(messages.length).toBeGreaterThan(500);
  });

  // Values ending on a vowel, a consonant, on ㄹ, in a number and in a quote: each must get one particle.
  it.each([['Safe'], ['Aragon'], ['Timelock'], ['Gardens'], ['8453'], ['gov.charter.json'], ['파일 “a”']])(
    'says one particle after “%s”, never both forms',
    async (value) => {
      const t = await translator('ko');
      const wrong: string[] = [];
      for (const [key, text] of messages) {
        const values = Object.fromEntries(placeholderNames(text).map((name) => [name, value]));
        const said = t(key, { ...values, count: 2 });
        if (bothForms.test(said)) wrong.push(`${key}: ${said}`);
      }
      expect(wrong).toEqual([]);
    },
  );

  it('attaches no fixed particle to a value it fills in (the particle would be wrong for half the values)', () => {
    // A percentage always ends on 퍼센트, so '{{percent}}가' is right whatever the number.
    const alwaysVowel = new Set(['percent']);
    const fixed = messages.flatMap(([key, text]) =>
      [...text.matchAll(/\{\{\s*(\w+)\s*\}\}[”"’]?(?:을|를|이|가|은|는|과|와|으로|로)/g)]
        .filter((match) => !alwaysVowel.has(match[1]!))
        .map((match) => `${key}: ${match[0]}`),
    );
    expect(fixed).toEqual([]);
  });
});
