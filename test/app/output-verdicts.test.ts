import { readFileSync } from 'node:fs';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18next from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CharterDocument, compile } from '../../compiler/index.ts';
import { messagesOf } from '../../src/i18n/i18n.ts';
import { addKoreanParticles } from '../../src/i18n/korean-particles.ts';
import { answerCompile } from '../../src/panels/output/answer-compile.ts';
import { OutputPanel } from '../../src/panels/output/OutputPanel.tsx';
import { TargetView } from '../../src/panels/output/TargetView.tsx';
import { targetNames } from '../../src/panels/output/target-names.ts';
import { documentKey } from '../../src/store/document-key.ts';
import { useDocumentStore } from '../../src/store/document-store.ts';
import { wiredDocument } from '../fixtures/wired-document.ts';

// Two houses and a veto, executed by a Safe (the bicameral-veto template with a Safe as its executor): the Safe cannot
// enforce the vote and the veto; no other target runs it.
const bicameral = JSON.parse(
  readFileSync('rules-schema/examples/bicameral-veto.charter.json', 'utf8'),
) as CharterDocument;
bicameral.nodes.find((node) => node.id === 'run')!.params = { executor: 'safe' };
const compiled = compile(bicameral);
if (!compiled.ok) throw new Error('the bicameral template does not compile');
const { config } = compiled;
const target = (id: string) => targetNames.find((name) => name.id === id)!;
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ');

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: messagesOf('en') }, ko: { translation: messagesOf('ko') } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
  addKoreanParticles(i18next);
});

function targetView(id: string, language: 'en' | 'ko'): string {
  void i18next.changeLanguage(language);
  return renderToStaticMarkup(createElement(TargetView, { config, target: target(id), labels: new Map() }));
}

describe('a target’s verdict, in words', () => {
  it('the compiler gives this template one unsupported target and the rest not applicable', () => {
    // The premise of the tests below, from the compiler itself.
    expect(config.targets.safe!.verdict).toBe('unsupported');
    expect(config.targets.aragon!.verdict).toBe('not-applicable');
  });

  it('marks the tabs: “cannot express” for unsupported, “not used” for not applicable', () => {
    void i18next.changeLanguage('en');
    useDocumentStore.getState().replace(bicameral);
    Object.assign(useDocumentStore.getInitialState(), useDocumentStore.getState());
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
    const document = useDocumentStore.getState().document;
    client.setQueryData(['compile', documentKey(document)], answerCompile({ id: 1, document }));
    const html = renderToStaticMarkup(
      createElement(QueryClientProvider, { client }, createElement(OutputPanel)),
    );
    const tabs = [...html.matchAll(/role="tab"[^>]*>([^<]*)</g)].map((match) => match[1]);
    expect(tabs).toEqual([
      'Config',
      'OpenZeppelin (not used)',
      'Aragon (not used)',
      'Safe (cannot express)',
      'Snapshot (not used)',
      'Gardens (not used)',
    ]);
  });

  it('says plainly that nothing runs on a target not applicable, in English and Korean', () => {
    expect(text(targetView('aragon', 'en'))).toContain(
      'Nothing in these rules runs on Aragon. No decision in these rules is executed by an Aragon DAO.',
    );
    expect(text(targetView('aragon', 'ko'))).toContain('이 규칙 중 Aragon에서 실행되는 것은 없습니다.');
  });

  it('lists why a target cannot express the rules, naming the nodes', () => {
    const html = targetView('safe', 'en');
    expect(html).toContain('data-verdict="unsupported"');
    expect(text(html)).toContain('Safe cannot express these rules:');
    for (const problem of config.targets.safe!.problems) expect(html).toContain(problem.code);
    expect(text(targetView('safe', 'ko'))).toContain('Safe로는 이 규칙을 표현할 수 없습니다:');
  });
});

describe("a target's units", () => {
  it('tells apart the units one decision has in several stages, naming each stage', () => {
    const owners = [
      '0x52908400098527886E0F7030069857D2E4169EE7',
      '0x8617E340B3D01FA5F11F306F4090FD50E238070D',
    ];
    const staged = compile(
      wiredDocument(
        [
          { id: 'propose', kind: 'proposal' },
          {
            id: 'stage',
            kind: 'stage',
            params: {
              stages: [
                { id: 'one', name: 'Founders' },
                { id: 'two', name: 'Community' },
              ],
            },
          },
          { id: 'owners', kind: 'signers', params: { signers: owners } },
          { id: 'council', kind: 'multisig', label: 'Council', params: { threshold: 1 } },
          { id: 'run', kind: 'execute', params: { executor: 'safe' } },
          { id: 'stop', kind: 'reject' },
        ],
        [
          'propose.out -> stage.in',
          'stage.one -> council.in',
          'stage.two -> council.in',
          'owners.voters -> council.voters',
          'council.passed -> run.in',
          'council.failed -> stop.in',
        ],
        { currentStage: 'one' },
      ),
    );
    if (!staged.ok) throw new Error('the staged document does not compile');
    void i18next.changeLanguage('en');
    const html = renderToStaticMarkup(
      createElement(TargetView, {
        config: staged.config,
        target: target('safe'),
        labels: new Map([['council', 'Council']]),
      }),
    );
    expect([...html.matchAll(/<h3>([^<]*)<\/h3>/g)].map((match) => text(match[1]!))).toEqual([
      'Safe for “Council”, in the stage “Founders”',
      'Safe for “Council”, in the stage “Community”',
    ]);
  });
});

describe('the words of both languages', () => {
  it('have the same keys in English and Korean, but for plural forms Korean does not have', () => {
    const keys = (value: unknown, prefix = ''): string[] =>
      typeof value === 'object' && value !== null
        ? Object.entries(value).flatMap(([key, child]) => keys(child, `${prefix}${key}.`))
        : [prefix.slice(0, -1).replace(/_(one|other)$/, '')];
    const en = new Set(keys(messagesOf('en')));
    const ko = new Set(keys(messagesOf('ko')));
    expect([...en].filter((key) => !ko.has(key))).toEqual([]);
    expect([...ko].filter((key) => !en.has(key))).toEqual([]);
  });
});
