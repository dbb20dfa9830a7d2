import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type CharterDocument,
  type CharterNode,
  checkDocument,
  defaultParams,
  nodeKinds,
} from '../../compiler/index.ts';
import { useFlowStore } from '../../src/canvas/flow-store.ts';
import { en } from '../../src/i18n/en.ts';
import { ko } from '../../src/i18n/ko.ts';
import { Inspector } from '../../src/inspector/Inspector.tsx';
import { useCheckStore } from '../../src/store/check-store.ts';
import { useDocumentStore } from '../../src/store/document-store.ts';

const minimal = JSON.parse(
  readFileSync(new URL('../fixtures/minimal.charter.json', import.meta.url), 'utf8'),
) as CharterDocument;

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, ko: { translation: ko } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});

/** The inspector's markup with this document open and these nodes selected. */
function render(document: CharterDocument, selected: string[], language: 'en' | 'ko' = 'en'): string {
  void i18next.changeLanguage(language);
  useDocumentStore.getState().replace(document);
  useFlowStore.setState({ selectedNodeIds: selected });
  // The app checks in a Web Worker; here the check is made in place, as the worker would answer.
  const stored = useDocumentStore.getState().document;
  useCheckStore.setState({
    checked: { document: stored, diagnostics: checkDocument(stored).diagnostics },
    current: true,
  });
  // Server rendering reads a store's initial state (React's server snapshot): make it the current one.
  Object.assign(useDocumentStore.getInitialState(), useDocumentStore.getState());
  Object.assign(useFlowStore.getInitialState(), useFlowStore.getState());
  Object.assign(useCheckStore.getInitialState(), useCheckStore.getState());
  return renderToStaticMarkup(createElement(Inspector));
}

/** The markup inside the wrapper of one field. */
function field(html: string, path: string): string {
  const start = html.indexOf(`data-field="${path}"`);
  expect(start, `no field ${path}`).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('data-field=', start + 12));
}

function decode(text: string): string {
  return text.replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&#x27;', "'");
}

describe('Inspector', () => {
  it('with nothing selected, hints and shows the document settings', () => {
    const html = render(minimal, []);
    expect(html).toContain('class="inspector" aria-label="Inspector"');
    expect(html).toContain('Select a node to edit it. Drag a node kind from the left to begin.');
    expect(field(html, 'name')).toContain('value="Minimal governor"');
    expect(field(html, 'chain.blockTime')).toContain('Block time (seconds)');
    expect(field(html, 'chain.clockMode')).toContain('<option value="blocknumber" selected="">');
  });

  it('with several selected, says how many', () => {
    expect(render(minimal, ['vote', 'delay'])).toContain('2 nodes selected.');
  });

  it("shows a node's kind, id, label, and its params with defaults filled", () => {
    const html = render(minimal, ['vote']);
    expect(html).toContain('Majority vote');
    expect(html).toContain(
      'A yes/no vote: passes when enough people take part (quorum) and For beats Against.',
    );
    expect(field(html, 'id')).toContain(
      '<input id="inspector-vote-id" type="text" readOnly="" value="vote"/>',
    );
    expect(field(html, 'label')).toContain('value="Token vote"');
    // The default voting period, 604800 seconds, as 1 week.
    const period = field(html, 'params.votingPeriod');
    expect(period).toContain('value="1"');
    expect(period).toContain('<option value="weeks" selected="">weeks</option>');
    expect(period).toContain('aria-label="Voting period unit"');
    expect(period).toContain('= 7 days');
    expect(field(html, 'params.quorum')).toContain('value="4"');
    expect(field(html, 'params.supportThreshold')).toContain('%');
    expect(html).toContain('Delete node');
  });

  it('shows each diagnostic under the field it is about, and the others on top', () => {
    const broken = structuredClone(minimal);
    broken.nodes.find((node) => node.id === 'vote')!.params = { quorum: { percent: '104' } } as never;
    const html = render(broken, ['vote']);
    expect(decode(field(html, 'params.quorum'))).toMatch(
      /class="field-error" data-code="bad-format">Token vote/,
    );
  });

  it('renders every kind as a form: every control labelled, no JSON fallback, ids unique', () => {
    const nodes = nodeKinds.map(
      (definition) =>
        ({
          id: definition.kind,
          kind: definition.kind,
          params: defaultParams(definition.kind),
        }) as CharterNode,
    );
    const document: CharterDocument = { ...minimal, nodes, edges: [] };
    for (const definition of nodeKinds) {
      const html = render(document, [definition.kind]);
      expect(html, definition.kind).not.toContain(en.inspector.jsonField);
      const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
      expect(new Set(ids).size, definition.kind).toBe(ids.length);
      const controls = [...html.matchAll(/<(input|select|textarea)\b[^>]*>/g)].map((match) => match[0]);
      for (const control of controls) {
        const id = / id="([^"]+)"/.exec(control)?.[1];
        const labelled =
          (id !== undefined && html.includes(`for="${id}"`)) || control.includes('aria-label=');
        expect(labelled, `${definition.kind}: ${control}`).toBe(true);
      }
      for (const key of Object.keys((definition.params.properties ?? {}) as object))
        expect(html, `${definition.kind}.${key}`).toContain(`data-field="params.${key}"`);
    }
  });

  it('speaks Korean: kind, field titles and units', () => {
    const html = render(minimal, ['vote'], 'ko');
    expect(html).toContain('다수결 투표');
    expect(field(html, 'params.votingPeriod')).toContain('투표 기간');
    expect(field(html, 'params.votingPeriod')).toContain('<option value="weeks" selected="">주</option>');
    expect(field(html, 'params.votingPeriod')).toContain('= 7일');
    expect(html).toContain('노드 삭제');
  });

  it('edits a node of an unknown kind as JSON', () => {
    const document = { ...minimal, nodes: [{ id: 'odd', kind: 'lottery', params: { odds: 3 } }] } as never;
    const html = render(document, ['odd']);
    expect(html).toContain('Unknown kind “lottery”: its parameters are edited as JSON.');
    expect(decode(field(html, 'params'))).toContain('"odds": 3');
  });
});
