// The JSON panel says why it did not apply the text in the interface language, and still points at the place.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editorErrorText } from '../../src/panels/json/editor-error-text.ts';
import { readEditorText } from '../../src/panels/json/read-editor-text.ts';

const t = ((key: string) => `«${key}»`) as never;
const hangul = /[\uac00-\ud7a3]/;

function refused(text: string) {
  const result = readEditorText(text);
  if (result.ok) throw new Error('the text was applied');
  return result;
}

describe('the JSON editor’s refusal', () => {
  it('names the line and column of broken JSON, in Korean and in English', () => {
    const error = refused('{\n  "nodes": [,\n}');
    expect(error.line).toBe(2);
    expect(error.column).toBe(13);
    expect(editorErrorText(error, 'ko', t)).toMatch(/^텍스트가 2행 13열에서 올바른 JSON이 아닙니다: /);
    expect(editorErrorText(error, 'en', t)).toMatch(/^The text is not valid JSON at line 2, column 13: /);
  });

  it('says a repeated key in Korean', () => {
    const error = refused('{"nodes": [], "nodes": [], "edges": []}');
    expect(editorErrorText(error, 'ko', t)).toMatch(/^1행 \d+열의 한 객체에 "nodes" 키가 두 번 있습니다/);
  });

  it('crosses from the worker as plain data', () => {
    const error = refused('{"name": 1}');
    expect(structuredClone(error)).toEqual(error);
  });

  it('is Korean for any text it refuses', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = readEditorText(text);
        if (result.ok) return;
        const words = editorErrorText(result, 'ko', t);
        expect(words).toMatch(hangul);
        expect(words).not.toMatch(/\b(The|is|not|at line)\b/);
      }),
    );
  });
});
