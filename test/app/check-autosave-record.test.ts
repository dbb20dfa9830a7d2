import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { type CharterDocument, loadDocument } from '../../compiler/index.ts';
import { checkAutosaveRecord } from '../../src/documents/check-autosave-record.ts';
import { loadReasonText } from '../../src/documents/load-reason.ts';
import { messagesOf } from '../../src/i18n/i18n.ts';
import { addKoreanParticles } from '../../src/i18n/korean-particles.ts';

async function translator(language: 'en' | 'ko') {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { [language]: { translation: messagesOf(language) } },
    lng: language,
    interpolation: { escapeValue: false },
  });
  addKoreanParticles(instance);
  return instance.t;
}

const governor: CharterDocument = JSON.parse(
  readFileSync('rules-schema/examples/token-governor.charter.json', 'utf8'),
);

/** Records as IndexedDB could hold them: anything, or a document with a part replaced by anything. */
const records = fc.oneof(
  fc.anything(),
  fc.record({ document: fc.anything(), savedAt: fc.anything(), saved: fc.anything() }),
  fc
    .record({
      field: fc.constantFrom('nodes', 'edges', 'name', 'chain', 'charter'),
      value: fc.jsonValue({ maxDepth: 3 }),
    })
    .map(({ field, value }) => ({ document: { ...governor, [field]: value }, savedAt: 5, saved: false })),
  fc
    .record({ index: fc.nat(governor.nodes.length - 1), value: fc.jsonValue({ maxDepth: 3 }) })
    .map(({ index, value }) => {
      const nodes: unknown[] = [...governor.nodes];
      nodes[index] = value;
      return { document: { ...governor, nodes }, savedAt: 5, saved: true };
    }),
);

describe('checkAutosaveRecord', () => {
  it('never throws, and opens a record exactly when the file loader accepts its document', () => {
    fc.assert(
      fc.property(records, (stored) => {
        const checked = checkAutosaveRecord(stored);
        let text: string | undefined;
        try {
          text = JSON.stringify((stored as { document?: unknown } | null)?.document);
        } catch {
          text = undefined;
        }
        let loads = false;
        try {
          loads = text !== undefined && loadDocument(text).ok;
        } catch {
          loads = false;
        }
        expect(checked.ok).toBe(loads);
        if (!checked.ok) expect(JSON.stringify(checked.reason)).not.toMatch(/\\n\s+at /);
      }),
      { numRuns: 2000 },
    );
  });

  it('opens an intact record as it was saved', () => {
    expect(checkAutosaveRecord({ document: governor, savedAt: 7, saved: true })).toEqual({
      ok: true,
      record: { document: loadDocumentOk(governor), savedAt: 7, saved: true },
    });
  });

  it('names the damage in the loader’s words, in English and in Korean', async () => {
    const en = await translator('en');
    const ko = await translator('ko');
    const said = (stored: unknown, language: 'en' | 'ko') => {
      const checked = checkAutosaveRecord(stored);
      if (checked.ok) throw new Error('the record opened');
      return loadReasonText(checked.reason, language, language === 'en' ? en : ko);
    };
    expect(said({ document: { nodes: [null], edges: 5 } }, 'en')).toBe('The 1st node is not an object.');
    expect(said({ document: { nodes: [null], edges: 5 } }, 'ko')).toBe('1번째 노드가 객체가 아닙니다.');
    expect(said({ savedAt: 3 }, 'en')).toBe('The record holds no document.');
    expect(said({ savedAt: 3 }, 'ko')).toBe('기록에 문서가 없습니다.');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(said({ document: cyclic }, 'ko')).toMatch(/^문서를 JSON으로 쓸 수 없습니다\(.+\)\.$/);
  });
});

function loadDocumentOk(document: CharterDocument): CharterDocument {
  const loaded = loadDocument(JSON.stringify(document));
  if (!loaded.ok) throw new Error('the template does not load');
  return loaded.document;
}
