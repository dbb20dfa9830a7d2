import { readFileSync } from 'node:fs';
import i18next, { type TFunction } from 'i18next';
import { type CompileResult, compile } from '../../compiler/index.ts';
import { messagesOf } from '../../src/i18n/i18n.ts';
import { addKoreanParticles } from '../../src/i18n/korean-particles.ts';

type CompiledConfig = Extract<CompileResult, { ok: true }>['config'];

/** The app's translation function in one language, with its Korean particles, as the app sets it up. */
export async function appTranslator(language: 'en' | 'ko'): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { [language]: { translation: messagesOf(language) } },
    lng: language,
    interpolation: { escapeValue: false },
  });
  addKoreanParticles(instance);
  return instance.t;
}

/** A template compiled, and the Governor entries its OpenZeppelin output lists. */
export function templateGovernors(name: string): {
  config: CompiledConfig;
  governors: Record<string, unknown>[];
} {
  const compiled = compile(JSON.parse(readFileSync(`rules-schema/examples/${name}.charter.json`, 'utf8')));
  if (!compiled.ok) throw new Error(`the ${name} template does not compile`);
  const config = compiled.config;
  return {
    config,
    governors: config.targets.openzeppelin!.parameters.governors as Record<string, unknown>[],
  };
}

/** What valueMeaning needs to say an OpenZeppelin entry's values in one language. */
export async function meaningContext(
  config: CompiledConfig,
  item: Record<string, unknown>,
  language: 'en' | 'ko',
) {
  return {
    target: 'openzeppelin',
    item,
    config,
    labels: new Map(),
    t: await appTranslator(language),
    language,
  };
}
