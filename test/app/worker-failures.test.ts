import { readFileSync } from 'node:fs';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ReactFlowProvider } from '@xyflow/react';
import i18next from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CharterDocument, CharterError, canonicalJson } from '../../compiler/index.ts';
import { messagesOf } from '../../src/i18n/i18n.ts';
import { answerCompile } from '../../src/panels/output/answer-compile.ts';
import { OutputPanel } from '../../src/panels/output/OutputPanel.tsx';
import { answerPreview } from '../../src/panels/preview/answer-preview.ts';
import { documentHash } from '../../src/panels/preview/document-hash.ts';
import { PreviewPanel } from '../../src/panels/preview/PreviewPanel.tsx';
import type { PreviewResponse } from '../../src/panels/preview/preview-job.ts';
import { PreviewJobError } from '../../src/panels/preview/run-preview-job.ts';
import { ProblemsPanel } from '../../src/problems/ProblemsPanel.tsx';
import { answerCheck } from '../../src/store/answer-check.ts';
import { useCheckStore } from '../../src/store/check-store.ts';
import { documentKey } from '../../src/store/document-key.ts';
import { useDocumentStore } from '../../src/store/document-store.ts';

const governor = JSON.parse(
  readFileSync('rules-schema/examples/token-governor.charter.json', 'utf8'),
) as CharterDocument;

/** What a bug inside the compiler looks like: an exception with a stack, which the user must never see. */
function crash(): never {
  throw new TypeError(
    "Cannot read properties of undefined (reading 'electorate')\n    at lowerRoutes (x.ts:1:1)",
  );
}

beforeAll(async () => {
  useDocumentStore.getState().replace(governor);
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: messagesOf('en') }, ko: { translation: messagesOf('ko') } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});

/** The panel's markup in `language`, with the stores and the query cache as `prepare` leaves them. */
function render(panel: () => unknown, language: 'en' | 'ko', prepare: (client: QueryClient) => void): string {
  void i18next.changeLanguage(language);
  // A query that failed would be tried again when the panel mounts; here it must show as it failed.
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, retryOnMount: false, staleTime: Infinity } },
  });
  prepare(client);
  // Server rendering reads a store's initial state (React's server snapshot): make it the current one.
  Object.assign(useDocumentStore.getInitialState(), useDocumentStore.getState());
  Object.assign(useCheckStore.getInitialState(), useCheckStore.getState());
  return renderToStaticMarkup(
    createElement(
      QueryClientProvider,
      { client },
      createElement(ReactFlowProvider, null, createElement(panel as () => null)),
    ),
  );
}

/** The text of the element with role="alert", tags stripped. */
const alert = (html: string) =>
  /role="alert">(.*?)<\/p>/
    .exec(html)?.[1]
    ?.replace(/<[^>]+>/g, '')
    .replace(/&#x27;/g, "'");

describe('the compile worker, when the compiler throws', () => {
  it('answers with the failure, its first line and no stack, instead of never answering', () => {
    expect(answerCompile({ id: 7, document: governor }, crash)).toEqual({
      id: 7,
      failure: { reason: 'internal', message: "Cannot read properties of undefined (reading 'electorate')" },
    });
    const answer = answerCompile({ id: 8, document: governor });
    expect('result' in answer && answer.result.ok).toBe(true);
  });

  it('makes the Output panel say so in the user’s language, and leaves the rules as they were', () => {
    const before = useDocumentStore.getState().document;
    for (const [language, words] of [
      ['en', 'Compiling these rules stopped on an internal error'],
      ['ko', '내부 오류로 컴파일이 멈춰서'],
    ] as const) {
      const html = render(OutputPanel, language, (client) =>
        client.setQueryData(
          ['compile', documentKey(useDocumentStore.getState().document)],
          answerCompile({ id: 1, document: governor }, crash),
        ),
      );
      expect(alert(html)).toContain(words);
      expect(alert(html)).toContain("“Cannot read properties of undefined (reading 'electorate')”");
      expect(html).not.toContain('at lowerRoutes');
      expect(html).not.toContain('Compiling…');
    }
    expect(useDocumentStore.getState().document).toBe(before);
    expect(canonicalJson(before)).toBe(canonicalJson({ ...governor }));
  });
});

describe('the check worker, when checking throws', () => {
  it('answers with the failure: internal for a bug, refused with the short message for a CharterError', () => {
    expect(answerCheck({ sequence: 3, document: governor }, crash)).toEqual({
      sequence: 3,
      failure: { reason: 'internal', message: "Cannot read properties of undefined (reading 'electorate')" },
    });
    const refuse = () => {
      throw new CharterError('The document is too deep.', { details: ['at depth 65'] });
    };
    expect(answerCheck({ sequence: 4, document: governor }, refuse)).toEqual({
      sequence: 4,
      failure: { reason: 'refused', message: 'The document is too deep.' },
    });
  });

  it('makes the Problems panel say the list may be out of date, in English and Korean', () => {
    const answer = answerCheck({ sequence: 1, document: governor }, crash);
    if (!('failure' in answer)) throw new Error('expected a failure');
    const prepare = () => useCheckStore.setState({ failure: answer.failure, current: false });
    expect(alert(render(ProblemsPanel, 'en', prepare))).toMatch(
      /^Checking these rules stopped on an internal error, so this list may be of an earlier version\. Your rules are unchanged\./,
    );
    expect(alert(render(ProblemsPanel, 'ko', prepare))).toMatch(/^내부 오류로 규칙 검사가 멈춰서/);
    useCheckStore.setState({ failure: undefined });
  });
});

describe('the preview worker, when a job throws', () => {
  it('posts the failure instead of a result', () => {
    const posted: PreviewResponse[] = [];
    answerPreview({ job: 'compile', document: governor }, (response) => posted.push(response), crash);
    expect(posted).toEqual([
      {
        type: 'error',
        failure: {
          reason: 'internal',
          message: "Cannot read properties of undefined (reading 'electorate')",
        },
      },
    ]);
  });

  it('makes the Preview panel say so in the user’s language', () => {
    const failed = (client: QueryClient) => {
      const error = new PreviewJobError({ reason: 'internal', message: 'boom' });
      const query = client.getQueryCache().build(client, {
        queryKey: ['preview', 'compile', documentHash(useDocumentStore.getState().document)],
      });
      query.setState({ status: 'error', error, fetchStatus: 'idle' });
    };
    expect(alert(render(PreviewPanel, 'en', failed))).toBe(
      'The simulation stopped on an internal error. Your rules and scenario are unchanged. Please report the problem: “boom”.',
    );
    expect(alert(render(PreviewPanel, 'ko', failed))).toMatch(/^내부 오류로 시뮬레이션이 멈췄습니다\./);
  });
});
