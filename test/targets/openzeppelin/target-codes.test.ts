// The target codes' corpus, beside the broken-document one (test/validate/broken-corpus.test.ts), which skips codes of
// stage 'target': each case is a document that validates without a diagnostic yet cannot be deployed as an
// OpenZeppelin Governor and TimelockController, and compiling it for that target yields exactly its code.
import { describe, expect, it } from 'vitest';
import { type DiagnosticCode, diagnosticCodes } from '../../../compiler/diagnostics/diagnostic-codes.ts';
import { loadDocument } from '../../../compiler/document/load-document.ts';
import { withDefaults } from '../../../compiler/document/with-defaults.ts';
import type { CharterDocument, CharterNode } from '../../../compiler/generated/charter-document.ts';
import { governorParameters } from '../../../compiler/targets/openzeppelin/governor-parameters.ts';
import { timelockParameters } from '../../../compiler/targets/openzeppelin/timelock-parameters.ts';
import { fixture } from '../../fixtures/fixtures.ts';

// The corpus edits documents as plain JSON, as the broken-document corpus does.
type Doc = { nodes: any[]; chain: any; [key: string]: any };
const node = (doc: Doc, id: string) => doc.nodes.find((n: any) => n.id === id);

/** The codes compiling for the OpenZeppelin target yields, each with the documents that reach it. */
const corpus: Partial<Record<DiagnosticCode, Record<string, (doc: Doc) => void>>> = {
  'target-unsupported': {
    'voting mode of vote replacement': (doc) => (node(doc, 'vote').params.votingMode = 'vote-replacement'),
  },
  'target-out-of-range': {
    'voting period past uint32 blocks': (doc) => {
      doc.chain.blockTime = 0.0625;
      node(doc, 'vote').params.votingPeriod = 268_435_456;
    },
    'voting period of 0 blocks': (doc) => (node(doc, 'vote').params.votingPeriod = 5),
    'support threshold of 100 %': (doc) => (node(doc, 'vote').params.supportThreshold = '100'),
    // 10^60 − 1 whole tokens of 18 decimals is about 10^78 base units, past uint256 (about 1.16 · 10^77).
    'For threshold past uint256 base units': (doc) =>
      (node(doc, 'vote').params.forThreshold = '9'.repeat(60)),
  },
};

function openZeppelinCodes(document: Doc | CharterDocument): DiagnosticCode[] {
  const doc = withDefaults(document as CharterDocument);
  const find = <K extends CharterNode['kind']>(kind: K) =>
    doc.nodes.find((n) => n.kind === kind) as Extract<CharterNode, { kind: K }>;
  const governor = governorParameters({
    name: doc.name,
    vote: find('majority-vote'),
    electorate: find('token-holders'),
    proposal: find('proposal'),
    chain: doc.chain,
  });
  const timelock = timelockParameters(find('timelock'));
  return [governor, timelock].flatMap((result) => (result.ok ? [] : result.diagnostics.map((d) => d.code)));
}

describe('the OpenZeppelin target codes corpus', () => {
  it('starts from a document that compiles for the target', () => {
    expect(openZeppelinCodes(fixture('minimal'))).toEqual([]);
  });

  it('never meets a proposal threshold finer than the voting token: validation refuses it first', () => {
    const doc = fixture('minimal') as Doc;
    node(doc, 'holders').params.token.decimals = 0;
    node(doc, 'propose').params.minVotingPower = '0.5';
    expect(loadDocument(JSON.stringify(doc)).diagnostics.map((d) => [d.code, d.nodeId])).toEqual([
      ['too-precise', 'propose'],
    ]);
  });

  it("reaches every code of stage 'target'", () => {
    const targetCodes = Object.entries(diagnosticCodes)
      .filter(([, info]) => info.stage === 'target')
      .map(([code]) => code);
    expect(targetCodes.filter((code) => !(code in corpus))).toEqual([]);
  });

  for (const [code, cases] of Object.entries(corpus)) {
    for (const [name, mutate] of Object.entries(cases)) {
      it(`yields exactly ${code} for a valid document with a ${name}`, () => {
        const doc = fixture('minimal') as Doc;
        mutate(doc);
        expect(loadDocument(JSON.stringify(doc)).diagnostics).toEqual([]);
        expect(openZeppelinCodes(doc)).toEqual([code]);
      });
    }
  }
});
