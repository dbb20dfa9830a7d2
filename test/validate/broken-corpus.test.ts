// One broken document per diagnostic code: each must yield exactly its own code, so every code is reachable,
// documented by an example, and does not drag unrelated diagnostics along with it. Codes of stage 'target' come
// from compiling a valid document for one target, never from loading it: test/targets/ proves those reachable;
// codes of stage 'lint' come from linting a valid document, and test/lint/ proves those.
import { getAddress } from 'viem';
import { describe, expect, it } from 'vitest';
import { type DiagnosticCode, diagnosticCodes } from '../../compiler/diagnostics/diagnostic-codes.ts';
import { loadDocument } from '../../compiler/document/load-document.ts';
import { fixture, fixtureText } from '../fixtures/fixtures.ts';

// Broken documents are not CharterDocuments: the corpus edits them as plain JSON.
type Doc = { nodes: any[]; edges: any[]; [key: string]: any };
const alice = getAddress('0x52908400098527886e0f7030069857d2e4169ee7');
const bob = getAddress('0x8617e340b3d01fa5f11f306f4090fd50e238070d');
const carol = getAddress('0xde709f2102306220921060314715629080e2fb77');

/** The address with the case of its last letter flipped: same account, broken EIP-55 checksum. */
const mistyped = (address: string) =>
  address.replace(/[a-fA-F](?=[^a-fA-F]*$)/, (c) =>
    c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase(),
  );
const node = (doc: Doc, id: string) => doc.nodes.find((n: any) => n.id === id) as any;
const edge = (id: string, from: string, fromPort: string, to: string, toPort: string) => ({
  id,
  from: { node: from, port: fromPort },
  to: { node: to, port: toPort },
});
const withoutNodes = (doc: Doc, ...ids: string[]) => {
  doc.nodes = doc.nodes.filter((n) => !ids.includes(n.id));
  doc.edges = doc.edges.filter((e) => !ids.includes(e.from.node) && !ids.includes(e.to.node));
};

/** The codes loading and validating a document can yield: every code but those of stages 'target' and 'lint'. */
type ValidationCode = {
  [C in DiagnosticCode]: (typeof diagnosticCodes)[C]['stage'] extends 'target' | 'lint' ? never : C;
}[DiagnosticCode];

/** Each case turns the valid minimal fixture (or its text) into a document with exactly one problem. */
const corpus: Record<ValidationCode, { text: () => string } | { mutate: (doc: Doc) => void }> = {
  'not-json': { text: () => fixtureText('minimal').slice(0, 200) },
  'too-large': { text: () => `{"name": "${'a'.repeat(5 * 1024 * 1024)}"}` },
  'too-deep': { text: () => `{"nodes": ${'['.repeat(70)}${']'.repeat(70)}}` },
  'forbidden-key': {
    text: () => fixtureText('minimal').replace('"types"', '"__proto__": {"polluted": true}, "types"'),
  },
  'not-a-document': { text: () => '[{"id": "a"}]' },
  'duplicate-key': {
    text: () => fixtureText('minimal').replace('"delay": 172800', '"delay": 172800, "delay": 0'),
  },
  'missing-field': { mutate: (doc) => delete doc.name },
  'unknown-field': { mutate: (doc) => (node(doc, 'vote').params.quorom = { percent: '4' }) },
  'wrong-type': { mutate: (doc) => (doc.chain.chainId = '1' as never) },
  'out-of-range': { mutate: (doc) => (node(doc, 'vote').params.votingPeriod = 0) },
  'bad-format': { mutate: (doc) => (node(doc, 'vote').params.supportThreshold = '50%') },
  'bad-address': { mutate: (doc) => (node(doc, 'delay').params.cancellers = [mistyped(alice)]) },
  'bad-choice': { mutate: (doc) => (node(doc, 'vote').params.quorumCounts = 'everyone') },
  'wrong-count': { mutate: (doc) => (node(doc, 'propose').params.types = []) },
  'duplicate-item': { mutate: (doc) => (node(doc, 'propose').params.types = ['grant', 'grant']) },
  'unknown-kind': { mutate: (doc) => doc.nodes.push({ id: 'odd', kind: 'majority-votes' } as never) },
  'duplicate-id': { mutate: (doc) => doc.nodes.push({ id: 'stop', kind: 'reject' }) },
  'edge-dangling': { mutate: (doc) => doc.edges.push(edge('e9', 'ghost', 'out', 'stop', 'in')) },
  'edge-unknown-port': { mutate: (doc) => doc.edges.push(edge('e9', 'vote', 'nay', 'stop', 'in')) },
  'edge-type-mismatch': { mutate: (doc) => doc.edges.push(edge('e9', 'holders', 'voters', 'stop', 'in')) },
  'duplicate-edge': { mutate: (doc) => doc.edges.push(edge('e9', 'vote', 'failed', 'stop', 'in')) },
  'port-too-many': {
    mutate: (doc) => {
      doc.nodes.push({
        id: 'more',
        kind: 'token-holders',
        params: { token: { symbol: 'B', totalSupply: '1' } },
      } as never);
      doc.edges.push(edge('e9', 'more', 'voters', 'vote', 'voters'));
    },
  },
  'port-unconnected': {
    mutate: (doc) => {
      doc.nodes.push({ id: 'both', kind: 'all-of' } as never);
      doc.edges = doc.edges.filter((e) => e.id !== 'e3');
      doc.edges.push(
        edge('e3', 'vote', 'passed', 'both', 'in'),
        edge('e8', 'both', 'passed', 'delay', 'in'),
        edge('e9', 'both', 'failed', 'stop', 'in'),
      );
    },
  },
  'no-proposal': {
    mutate: (doc) => {
      doc.nodes = [];
      doc.edges = [];
    },
  },
  'no-electorate': { mutate: (doc) => withoutNodes(doc, 'holders') },
  'no-outcome': { mutate: (doc) => withoutNodes(doc, 'stop') },
  'flow-cycle': { mutate: (doc) => doc.edges.push(edge('e9', 'delay', 'out', 'vote', 'in')) },
  unreachable: { mutate: (doc) => doc.nodes.push({ id: 'orphan', kind: 'reject' }) },
  'duplicate-proposal-type': {
    mutate: (doc) => {
      doc.nodes.push({ id: 'again', kind: 'proposal', params: { types: ['treasury-transfer'] } } as never);
      doc.edges.push(edge('e9', 'again', 'out', 'vote', 'in'));
    },
  },
  'unknown-proposal-type': {
    mutate: (doc) => {
      doc.nodes.push({
        id: 'route',
        kind: 'route-by-type',
        params: { routes: [{ port: 'money', types: ['treasury-transferr'] }] },
      } as never);
      doc.edges = doc.edges.filter((e) => e.id !== 'e1');
      doc.edges.push(
        edge('e1', 'propose', 'out', 'route', 'in'),
        edge('e8', 'route', 'money', 'vote', 'in'),
        edge('e9', 'route', 'otherwise', 'stop', 'in'),
      );
    },
  },
  'duplicate-port': {
    mutate: (doc) => {
      doc.nodes.push({
        id: 'route',
        kind: 'route-by-type',
        params: { routes: [{ port: 'otherwise', types: ['treasury-transfer'] }] },
      } as never);
      doc.edges = doc.edges.filter((e) => e.id !== 'e1');
      doc.edges.push(
        edge('e1', 'propose', 'out', 'route', 'in'),
        edge('e8', 'route', 'otherwise', 'vote', 'in'),
      );
    },
  },
  'bands-unordered': {
    mutate: (doc) => {
      const bands = [
        { port: 'small', below: '100' },
        { port: 'large', below: '50' },
      ];
      doc.nodes.push({
        id: 'route',
        kind: 'route-by-amount',
        params: { asset: { symbol: 'USDC', decimals: 6 }, bands },
      } as never);
      doc.edges = doc.edges.filter((e) => e.id !== 'e1');
      doc.edges.push(
        edge('e1', 'propose', 'out', 'route', 'in'),
        edge('e7', 'route', 'small', 'vote', 'in'),
        edge('e8', 'route', 'large', 'vote', 'in'),
        edge('e9', 'route', 'otherwise', 'stop', 'in'),
      );
    },
  },
  'quorum-bounds': {
    mutate: (doc) =>
      Object.assign(node(doc, 'vote').params as object, { quorumMinimum: '450', quorumMaximum: '150' }),
  },
  'unknown-stage': { mutate: (doc) => (doc.currentStage = 'stage-9') },
  'wrong-electorate': {
    mutate: (doc) => Object.assign(node(doc, 'vote'), { kind: 'multisig', params: { threshold: 2 } }),
  },
  'threshold-too-high': {
    mutate: (doc) => {
      Object.assign(node(doc, 'vote'), { kind: 'multisig', params: { threshold: 3 } });
      Object.assign(node(doc, 'holders'), { kind: 'signers', params: { signers: [alice, bob] } });
    },
  },
  'duplicate-member': {
    mutate: (doc) => {
      Object.assign(node(doc, 'vote'), { kind: 'multisig', params: { threshold: 2 } });
      Object.assign(node(doc, 'holders'), {
        kind: 'signers',
        params: { signers: [alice, bob, carol.toLowerCase(), carol] },
      });
    },
  },
  'too-precise': {
    mutate: (doc) =>
      (node(doc, 'holders').params.token = { symbol: 'ACME', decimals: 2, totalSupply: '1000000.001' }),
  },
};

function codesOf(text: string): string[] {
  return loadDocument(text).diagnostics.map((diagnostic) => diagnostic.code);
}

describe('the broken-document corpus', () => {
  it('starts from a valid document', () => {
    expect(codesOf(fixtureText('minimal'))).toEqual([]);
  });

  it('covers every diagnostic code but those of compiling for a target', () => {
    const validationCodes = Object.entries(diagnosticCodes)
      .filter(([, info]) => info.stage !== 'target' && info.stage !== 'lint')
      .map(([code]) => code);
    expect(Object.keys(corpus).sort()).toEqual(validationCodes.sort());
  });

  for (const [code, broken] of Object.entries(corpus)) {
    it(`yields exactly ${code}`, () => {
      let text: string;
      if ('text' in broken) text = broken.text();
      else {
        const doc = fixture('minimal') as Doc;
        broken.mutate(doc);
        text = JSON.stringify(doc);
      }
      expect(codesOf(text)).toEqual([code]);
    });
  }
});
