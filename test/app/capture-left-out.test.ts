// The Preview panel's capture sentences, when a route has more ways through than the analysis walks (issue 18):
// a last sentence names the router where it stopped, in English and Korean.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile/compile.ts';
import { monteCarlo } from '../../compiler/simulate/monte-carlo/monte-carlo.ts';
import { captureSentences } from '../../src/panels/preview/capture-sentences.ts';
import { previewMessages } from '../../src/panels/preview/messages.ts';
import { routerDiamondDocument } from '../bench/generate-graphs.ts';

async function translator(language: 'en' | 'ko') {
  const instance = i18next.createInstance();
  await instance.init({
    resources: {
      en: { translation: { preview: previewMessages.en } },
      ko: { translation: { preview: previewMessages.ko } },
    },
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

describe('capture sentences past the bound', () => {
  it('name the router whose other branches were left out', async () => {
    const compiled = compile(routerDiamondDocument(20));
    if (!compiled.ok) throw new Error('the document does not compile');
    const { capture } = monteCarlo(compiled.config, { seed: 1, proposals: [{ type: 'grant' }] }, { runs: 1 });
    const router = capture[0]!.leftOut!.node;
    const labels = { node: (id: string) => `Router ${id}`, electorate: (id: string) => id };
    const en = captureSentences(capture, labels, await translator('en'), 'en').at(-1)!;
    expect(en.text).toBe(
      `A grant has more ways through than the ${capture[0]!.leftOut!.walked} analysed: the other branches of Router ${router} were left out, so these are only some of them.`,
    );
    const ko = captureSentences(capture, labels, await translator('ko'), 'ko').at(-1)!;
    expect(ko.text).toContain(`Router ${router}의 나머지 갈래는 빠졌습니다`);
  });
});
